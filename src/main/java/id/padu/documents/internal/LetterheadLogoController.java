package id.padu.documents.internal;

import id.padu.documents.DocumentStore;
import id.padu.documents.StoredFile;
import id.padu.shared.BusinessRuleViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;

/** The emblem of the kop surat (ADMIN): upload, preview and removal, on the letterhead page. */
@Controller
@RequestMapping("/kantor/dokumen/kop/logo")
@PreAuthorize("hasRole('ADMIN')")
class LetterheadLogoController {

	private static final String BACK = "redirect:/kantor/dokumen/kop";

	private final Letterheads letterheads;
	private final DocumentStore store;

	LetterheadLogoController(Letterheads letterheads, DocumentStore store) {
		this.letterheads = letterheads;
		this.store = store;
	}

	@PostMapping
	String upload(@RequestParam(value = "logo", required = false) MultipartFile logo, RedirectAttributes redirect)
			throws IOException {
		if (logo == null || logo.isEmpty()) {
			redirect.addFlashAttribute("logoError", "documents.letterhead.logo.required");
			return BACK;
		}
		try (InputStream in = logo.getInputStream()) {
			letterheads.saveLogo(in, logo.getOriginalFilename());
			redirect.addFlashAttribute("letterheadMessage", "documents.letterhead.logo.saved");
		} catch (BusinessRuleViolation refused) {
			redirect.addFlashAttribute("logoError", refused.messageKey());
		}
		return BACK;
	}

	@PostMapping("/hapus")
	String remove(RedirectAttributes redirect) {
		letterheads.removeLogo();
		redirect.addFlashAttribute("letterheadMessage", "documents.letterhead.logo.removed");
		return BACK;
	}

	@GetMapping
	ResponseEntity<byte[]> preview() throws IOException {
		StoredFile logo = letterheads.logo().orElse(null);
		if (logo == null) {
			return ResponseEntity.notFound().build();
		}
		try (InputStream in = store.open(logo.sha256())) {
			return ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.mediaType()))
				.header(HttpHeaders.CACHE_CONTROL, "no-store").body(in.readAllBytes());
		}
	}
}
