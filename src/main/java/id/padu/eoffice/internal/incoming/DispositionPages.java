package id.padu.eoffice.internal.incoming;

import id.padu.eoffice.Urgency;
import id.padu.identity.PaduUser;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

/** Disposing, marking read and reporting from the letter page, and the inbox of letters and dispositions. */
@Controller
@PreAuthorize("isAuthenticated() and !hasRole('CITIZEN')")
class DispositionPages {

	private final Dispositions dispositions;
	private final LetterOpenings openings;
	private final RecipientChoices choices;
	private final DispositionInbox inbox;
	private final DispositionInstructionRepository instructions;

	DispositionPages(Dispositions dispositions, LetterOpenings openings, RecipientChoices choices,
			DispositionInbox inbox, DispositionInstructionRepository instructions) {
		this.dispositions = dispositions;
		this.openings = openings;
		this.choices = choices;
		this.inbox = inbox;
		this.instructions = instructions;
	}

	@GetMapping("/kantor/disposisi")
	String inbox(@AuthenticationPrincipal PaduUser user, Model model) {
		model.addAttribute("inbox", inbox.of(user));
		return "eoffice/incoming/inbox";
	}

	@GetMapping("/kantor/surat-masuk/{id}/disposisi")
	String form(@PathVariable UUID id, @RequestParam(name = "induk", required = false) UUID parent,
			@AuthenticationPrincipal PaduUser user, Model model) {
		DisposeForm form = new DisposeForm();
		form.setParent(parent);
		return formPage(id, form, user, model);
	}

	@PostMapping("/kantor/surat-masuk/{id}/disposisi")
	String dispose(@PathVariable UUID id, @ModelAttribute("form") DisposeForm form, BindingResult errors,
			@AuthenticationPrincipal PaduUser user, Model model, RedirectAttributes redirect) {
		try {
			dispositions.dispose(id, form.toRequest(), user);
		} catch (BusinessRuleViolation e) {
			errors.reject(e.messageKey(), e.arguments(), e.messageKey());
			return formPage(id, form, user, model);
		}
		redirect.addFlashAttribute("notice", "disposition.page.disposed");
		return "redirect:/kantor/surat-masuk/" + id;
	}

	@PostMapping("/kantor/surat-masuk/{id}/disposisi/{dispositionId}/dibaca")
	String read(@PathVariable UUID id, @PathVariable UUID dispositionId, @AuthenticationPrincipal PaduUser user) {
		dispositions.markRead(id, dispositionId, user);
		return "redirect:/kantor/surat-masuk/" + id + "#d-" + dispositionId;
	}

	@PostMapping("/kantor/surat-masuk/{id}/disposisi/{dispositionId}/tindak-lanjut")
	String report(@PathVariable UUID id, @PathVariable UUID dispositionId,
			@RequestParam(name = "note", required = false) String note,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal PaduUser user, RedirectAttributes redirect) throws IOException {
		try {
			dispositions.report(id, dispositionId, note, IncomingLetterApiController.attachments(files), user);
			redirect.addFlashAttribute("notice", "disposition.page.reported");
		} catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("reportError", e.messageKey());
			redirect.addFlashAttribute("reportErrorArgs", e.arguments());
			redirect.addFlashAttribute("reportFor", dispositionId);
		}
		return "redirect:/kantor/surat-masuk/" + id + "#d-" + dispositionId;
	}

	private String formPage(UUID id, DisposeForm form, PaduUser user, Model model) {
		IncomingLetterView letter = openings.open(id, user, "PAGE").view();
		String disposerPosition = letter.headPosition();
		if (form.getParent() != null) {
			disposerPosition = letter.tree().stream().filter(n -> n.id().equals(form.getParent())).findFirst()
				.map(IncomingLetterView.Node::toPosition).orElseThrow(() -> new NotFoundException("disposition.notFound"));
		}
		model.addAttribute("letter", letter);
		model.addAttribute("form", form);
		model.addAttribute("choices", choices.below(disposerPosition));
		model.addAttribute("instructionList",
				instructions.findAllByOrderBySortOrder().stream().filter(DispositionInstruction::active).toList());
		model.addAttribute("urgencies", Urgency.values());
		return "eoffice/incoming/dispose";
	}
}
