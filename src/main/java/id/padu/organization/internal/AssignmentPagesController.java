package id.padu.organization.internal;

import id.padu.organization.AssignmentKind;
import id.padu.organization.Holder;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.PositionRef;
import id.padu.organization.internal.Commands.AssignmentCommand;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.Nip;
import id.padu.shared.NotFoundException;
import id.padu.shared.web.Formats;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Assign staff to a position, and end an assignment. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AssignmentPagesController {

	private static final Map<String, String> FIELDS = Map.of("staff.unknown", "nip", "duplicate", "nip",
			"Taken", "kind", "endBeforeStart", "endDate");

	private final OrganizationDirectory directory;
	private final AssignmentService service;
	private final StaffSearch search;
	private final Clock clock;

	AssignmentPagesController(OrganizationDirectory directory, AssignmentService service, StaffSearch search,
			Clock clock) {
		this.directory = directory;
		this.service = service;
		this.search = search;
		this.clock = clock;
	}

	@InitBinder("assignmentForm")
	void binder(WebDataBinder binder) {
		binder.addValidators(AssignmentForm.PERIOD);
	}

	@GetMapping("/kantor/organisasi/jabatan/{code}/tugaskan")
	String form(@PathVariable String code, @RequestParam(defaultValue = "") String q, Model model) {
		AssignmentForm form = new AssignmentForm();
		form.setStartDate(LocalDate.now(clock.withZone(Formats.JAKARTA)));
		model.addAttribute("assignmentForm", form);
		return page(code, q, model);
	}

	@PostMapping("/kantor/organisasi/jabatan/{code}/tugaskan")
	String assign(@PathVariable String code, @Valid @ModelAttribute("assignmentForm") AssignmentForm form,
			BindingResult result, @RequestParam(defaultValue = "") String q, Model model,
			RedirectAttributes redirect) {
		PositionRef position = position(code);
		Nip nip = null;
		if (!result.hasFieldErrors("nip")) {
			try {
				nip = Nip.of(form.getNip());
			} catch (InvalidIdentifierException e) {
				result.rejectValue("nip", e.messageKey(), e.arguments(), null);
			}
		}
		if (!result.hasErrors()) {
			try {
				Holder holder = service.assign(new AssignmentCommand(nip, code, form.getKind(), form.getStartDate(),
						form.getEndDate()));
				redirect.addFlashAttribute("savedMessage", "organization.assignment.created");
				redirect.addFlashAttribute("savedName", holder.staff().fullName());
				return "redirect:/kantor/organisasi/unit/" + position.unitCode() + "#position-" + code;
			} catch (BusinessRuleViolation e) {
				RuleErrors.attach(e, result, FIELDS);
			}
		}
		return page(code, q.isBlank() && form.getNip() != null ? form.getNip() : q, model);
	}

	@PostMapping("/kantor/organisasi/penugasan/{id}/akhiri")
	String end(@PathVariable UUID id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
			RedirectAttributes redirect) {
		Holder holder = service.end(id, endDate);
		redirect.addFlashAttribute("savedMessage", "organization.assignment.ended");
		redirect.addFlashAttribute("savedName", holder.staff().fullName());
		return "redirect:/kantor/organisasi/unit/" + holder.position().unitCode();
	}

	private String page(String code, String q, Model model) {
		PositionRef position = position(code);
		model.addAttribute("position", position);
		model.addAttribute("unit", directory.unit(position.unitCode()));
		model.addAttribute("holders", directory.holders(code));
		model.addAttribute("kinds", AssignmentKind.values());
		model.addAttribute("q", q);
		model.addAttribute("results", search.search(q, 20));
		return "organization/assign-form";
	}

	private PositionRef position(String code) {
		return directory.findPosition(code).orElseThrow(() -> new NotFoundException("organization.position.notFound"));
	}
}
