package id.padu.eoffice.internal;

import id.padu.classification.SecurityClass;
import id.padu.eoffice.LetterType;
import id.padu.eoffice.Urgency;
import id.padu.identity.PaduUser;
import id.padu.shared.BusinessRuleViolation;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/** Drafting in the browser: a new letter, a new version of one, and sending it for review. */
@Controller
@RequestMapping("/kantor/surat")
@PreAuthorize("hasAnyRole('OFFICER','HEAD','SECRETARIAT','ARCHIVIST','TREASURER','HR','ADMIN')")
class DraftPages {

	private final LetterDrafting drafting;
	private final LetterAccess access;
	private final LetterViews views;
	private final People people;

	DraftPages(LetterDrafting drafting, LetterAccess access, LetterViews views, People people) {
		this.drafting = drafting;
		this.access = access;
		this.views = views;
		this.people = people;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("letterTypes", LetterType.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("securityClasses", SecurityClass.values());
	}

	@GetMapping("/baru")
	String newLetter(Model model) {
		model.addAttribute("form", new LetterForm());
		return "eoffice/letters/form";
	}

	@PostMapping("/baru")
	String create(@Valid @ModelAttribute("form") LetterForm form, BindingResult errors,
			@AuthenticationPrincipal PaduUser user, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "eoffice/letters/form";
		}
		try {
			UUID id = drafting.create(form.toCommand(), user.getUsername());
			redirect.addFlashAttribute("done", "eoffice.page.saved");
			return "redirect:/kantor/surat/" + id;
		} catch (BusinessRuleViolation e) {
			errors.reject(e.messageKey(), e.arguments(), e.messageKey());
			return "eoffice/letters/form";
		}
	}

	@GetMapping("/{id}/ubah")
	String edit(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user, Model model) {
		LetterView letter = views.view(access.open(id, user.getUsername(), "edit"), user.getUsername());
		if (!letter.drafterUsername().equals(user.getUsername()) || !LetterStatus.valueOf(letter.status()).editable()) {
			return "redirect:/kantor/surat/" + id;
		}
		String signer = people.holders(letter.signerPositionCode()).stream().findFirst()
			.map(h -> h.staff().username()).orElse(null);
		model.addAttribute("form", LetterForm.of(letter, signer));
		model.addAttribute("letterId", id);
		return "eoffice/letters/form";
	}

	@PostMapping("/{id}/ubah")
	String revise(@PathVariable UUID id, @Valid @ModelAttribute("form") LetterForm form, BindingResult errors,
			@AuthenticationPrincipal PaduUser user, Model model, RedirectAttributes redirect) {
		// A letter this person may not open is a 404 even when the form itself is invalid.
		access.requireCleared(id, user.getUsername());
		model.addAttribute("letterId", id);
		if (errors.hasErrors()) {
			return "eoffice/letters/form";
		}
		try {
			drafting.revise(id, form.toCommand(), user.getUsername());
			redirect.addFlashAttribute("done", "eoffice.page.saved");
			return "redirect:/kantor/surat/" + id;
		} catch (BusinessRuleViolation e) {
			errors.reject(e.messageKey(), e.arguments(), e.messageKey());
			return "eoffice/letters/form";
		}
	}

	@PostMapping("/{id}/ajukan")
	String submit(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user, RedirectAttributes redirect) {
		try {
			drafting.submit(id, user.getUsername());
			redirect.addFlashAttribute("done", "eoffice.page.submitted");
		} catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("problem", e.messageKey());
		}
		return "redirect:/kantor/surat/" + id;
	}
}
