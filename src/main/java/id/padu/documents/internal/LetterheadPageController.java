package id.padu.documents.internal;

import id.padu.documents.PdfRenderer;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pemda's letterhead (ADMIN): address and contact lines, place of signing, and a sample PDF to check it. */
@Controller
@RequestMapping("/kantor/dokumen/kop")
@PreAuthorize("hasRole('ADMIN')")
class LetterheadPageController {

	private final Letterheads letterheads;
	private final PdfRenderer renderer;

	LetterheadPageController(Letterheads letterheads, PdfRenderer renderer) {
		this.letterheads = letterheads;
		this.renderer = renderer;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("letterheadForm", LetterheadForm.of(letterheads.current(null)));
		return page(model);
	}

	@PostMapping
	String save(@Valid @ModelAttribute("letterheadForm") LetterheadForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(model);
		}
		letterheads.save(form);
		redirect.addFlashAttribute("letterheadMessage", "documents.letterhead.saved");
		return "redirect:/kantor/dokumen/kop";
	}

	/** An unsigned sample in the current letterhead, to see it as it will be printed. */
	@GetMapping("/contoh")
	ResponseEntity<byte[]> sample() {
		byte[] pdf = renderer.render("Contoh Kop Surat", "<p>Contoh isi dokumen. Dokumen resmi memakai kop surat ini, "
				+ "dengan nama OPD penanda tangan di bawah nama pemerintah daerah.</p>", "Nama Perangkat Daerah");
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("contoh-kop.pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

	private String page(Model model) {
		Letterhead current = letterheads.current(null);
		model.addAttribute("pemda", current.pemda());
		model.addAttribute("hasLogo", current.logoDataUri() != null);
		return "documents/letterhead";
	}
}
