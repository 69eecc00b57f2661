package id.padu.eoffice.internal;

import id.padu.identity.PaduUser;
import id.padu.shared.BusinessRuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

/** The letters desk: lists, the inbox, one letter with its actions (review, sign, attach), versions and the PDF. */
@Controller
@RequestMapping("/kantor/surat")
@PreAuthorize("hasAnyRole('OFFICER','HEAD','SECRETARIAT','ARCHIVIST','TREASURER','HR','ADMIN','AUDITOR')")
class LetterPages {

	private final LetterLists lists;
	private final LetterAccess access;
	private final LetterViews views;
	private final LetterReviews reviews;
	private final SigningTurns signing;
	private final LetterDrafting drafting;
	private final LetterVersionRepository versions;
	private final People people;
	private final SignedLetterPdf pdfs;
	private final LetterAttachmentDownload attachmentFiles;

	LetterPages(LetterLists lists, LetterAccess access, LetterViews views, LetterReviews reviews, SigningTurns signing,
			LetterDrafting drafting, LetterVersionRepository versions, People people, SignedLetterPdf pdfs,
			LetterAttachmentDownload attachmentFiles) {
		this.lists = lists;
		this.access = access;
		this.views = views;
		this.reviews = reviews;
		this.signing = signing;
		this.drafting = drafting;
		this.versions = versions;
		this.people = people;
		this.pdfs = pdfs;
		this.attachmentFiles = attachmentFiles;
	}

	@GetMapping
	String desk(@AuthenticationPrincipal PaduUser user, Model model) {
		model.addAttribute("toReview", lists.toReview(user.getUsername()));
		model.addAttribute("toSign", lists.toSign(user.getUsername()));
		model.addAttribute("drafts", lists.drafts(user.getUsername()));
		return "eoffice/letters/desk";
	}

	@GetMapping("/masuk")
	String inbox(@AuthenticationPrincipal PaduUser user, Model model) {
		model.addAttribute("inbox", lists.inbox(user.getUsername()));
		return "eoffice/letters/inbox";
	}

	@GetMapping("/{id}")
	String letter(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user, Model model) {
		Letter letter = access.open(id, user.getUsername(), "read");
		LetterView view = views.view(letter, user.getUsername());
		model.addAttribute("letter", view);
		model.addAttribute("versions", versions.findByLetterIdOrderByVersionNoDesc(id).stream().map(LetterView.Version::of).toList());
		model.addAttribute("isDrafter", view.drafterUsername().equals(user.getUsername()));
		model.addAttribute("editable", letter.getStatus().editable());
		model.addAttribute("mayReview", user.getUsername().equals(view.currentReviewer()));
		model.addAttribute("maySign", letter.getStatus() == LetterStatus.AWAITING_SIGNATURE
				&& people.holding(user.getUsername(), letter.getSignerPositionCode()).isPresent());
		return "eoffice/letters/letter";
	}

	@GetMapping("/{id}/versi")
	String version(@PathVariable UUID id, @RequestParam("nomor") int number, @AuthenticationPrincipal PaduUser user, Model model) {
		access.open(id, user.getUsername(), "version");
		model.addAttribute("letterId", id);
		LetterView.Version version = versions.findByLetterIdAndVersionNo(id, number).map(LetterView.Version::of)
			.orElseThrow(LetterAccess::notFound);
		LetterView.Version previous = versions.findByLetterIdAndVersionNo(id, number - 1).map(LetterView.Version::of)
			.orElse(null);
		model.addAttribute("version", version);
		model.addAttribute("previous", previous);
		model.addAttribute("subjectChanged", previous != null && !previous.subject().equals(version.subject()));
		model.addAttribute("changes", VersionDiff.ofHtml(previous == null ? null : previous.bodyHtml(), version.bodyHtml()));
		return "eoffice/letters/version";
	}

	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user) {
		return pdfs.download(id, user.getUsername());
	}

	@GetMapping("/{id}/lampiran/{sha256}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable String sha256,
			@AuthenticationPrincipal PaduUser user) {
		return attachmentFiles.download(id, sha256, user.getUsername());
	}

	@PostMapping("/{id}/periksa")
	String review(@PathVariable UUID id, @RequestParam String decision, @RequestParam(required = false) String note,
			@AuthenticationPrincipal PaduUser user, RedirectAttributes redirect) {
		return act(id, redirect, "eoffice.page.reviewed", () -> reviews.decide(id, user.getUsername(), decision, note));
	}

	@PostMapping("/{id}/tandatangani")
	String sign(@PathVariable UUID id, @RequestParam(required = false) String passphrase,
			@AuthenticationPrincipal PaduUser user, RedirectAttributes redirect) {
		return act(id, redirect, "eoffice.page.signed", () -> signing.sign(id, user.getUsername(),
				passphrase == null ? null : passphrase.toCharArray(), null));
	}

	@PostMapping("/{id}/lampiran")
	String attach(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal PaduUser user, RedirectAttributes redirect) {
		access.requireCleared(id, user.getUsername());
		return act(id, redirect, "eoffice.page.attached", () -> {
			if (file == null || file.isEmpty()) {
				throw new BusinessRuleViolation("eoffice.attachment.missing");
			}
			try (InputStream in = file.getInputStream()) {
				drafting.attach(id, user.getUsername(), in, file.getOriginalFilename());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	private static String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", done);
		} catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("problem", e.messageKey());
			redirect.addFlashAttribute("problemArgs", e.arguments());
		}
		return "redirect:/kantor/surat/" + id;
	}
}
