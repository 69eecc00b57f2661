package id.padu.documents.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.Optional;

/**
 * The public verification page the QR code opens: what was signed, by whom and when, and whether it is still
 * valid; a form to check that a PDF one holds is exactly the issued one. No sign-in; uploads are rate-limited
 * per address like every public form (identity's PublicFormRateLimitFilter).
 */
@Controller
class VerificationPageController {

	private final PublicVerification verification;
	private final UploadedPdf uploads;

	VerificationPageController(PublicVerification verification, UploadedPdf uploads) {
		this.verification = verification;
		this.uploads = uploads;
	}

	/** A form to type the code printed under the QR code. */
	@GetMapping("/verifikasi")
	String start(@RequestParam(name = "kode", required = false) String typed, Model model) {
		if (typed == null || typed.isBlank()) {
			return "documents/verify-start";
		}
		String code = VerificationCodes.normalize(typed);
		if (code == null) {
			model.addAttribute("typed", typed);
			model.addAttribute("codeError", "documents.verify.codeInvalid");
			return "documents/verify-start";
		}
		return "redirect:/verifikasi/" + code;
	}

	@GetMapping("/verifikasi/{code}")
	String show(@PathVariable String code, Model model, HttpServletResponse response) {
		return verification.find(code).map(found -> page(found, model, null)).orElseGet(() -> unknown(response));
	}

	@PostMapping("/verifikasi/{code}")
	String check(@PathVariable String code, @RequestParam(name = "berkas", required = false) MultipartFile file,
			Model model, HttpServletResponse response) throws IOException {
		Optional<VerificationResult> found = verification.find(code);
		if (found.isEmpty()) {
			return unknown(response);
		}
		UploadedPdf.Read read = uploads.read(file);
		if (read.problemKey() != null) {
			model.addAttribute("uploadError", read.problemKey());
			model.addAttribute("uploadErrorArgs", read.problemArgs());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(found.get(), model, null);
		}
		return page(found.get(), model, verification.check(code, read.bytes()).orElseThrow());
	}

	private String page(VerificationResult found, Model model, UploadCheck check) {
		model.addAttribute("document", found);
		model.addAttribute("check", check);
		model.addAttribute("maxSizeMb", uploads.maxSizeMb());
		return "documents/verify";
	}

	private static String unknown(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "documents/verify-unknown";
	}
}
