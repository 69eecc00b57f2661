package id.padu.documents.internal;

import id.padu.shared.BusinessRuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;

/** Signing certificates of the pemda (ADMIN): who can sign until when, and the import of a head's PKCS#12. */
@Controller
@RequestMapping("/kantor/dokumen/sertifikat")
@PreAuthorize("hasRole('ADMIN')")
class CredentialsPageController {

	private final CredentialImport credentials;

	CredentialsPageController(CredentialImport credentials) {
		this.credentials = credentials;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("credentials", credentials.all().stream().map(DocumentViews.CredentialView::of).toList());
		model.addAttribute("maxSizeKb", CredentialImport.MAX_SIZE / 1000);
		return "documents/credentials";
	}

	@PostMapping
	String importPkcs12(@RequestParam(required = false) String username,
			@RequestParam(name = "berkas", required = false) MultipartFile file,
			@RequestParam(required = false) String password, Model model, RedirectAttributes redirect) throws IOException {
		try {
			credentials.importPkcs12(username, read(file), password == null ? null : password.toCharArray());
			redirect.addFlashAttribute("credentialMessage", "documents.credential.imported");
			return "redirect:/kantor/dokumen/sertifikat";
		} catch (BusinessRuleViolation e) {
			model.addAttribute("credentialError", e.messageKey());
			model.addAttribute("username", username);
			return list(model);
		}
	}

	/** At most one byte more than allowed is read, so a large upload is refused without being held in memory. */
	static byte[] read(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try (InputStream in = file.getInputStream()) {
			return in.readNBytes(CredentialImport.MAX_SIZE + 1);
		}
	}
}
