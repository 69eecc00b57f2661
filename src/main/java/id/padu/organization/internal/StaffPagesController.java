package id.padu.organization.internal;

import id.padu.organization.StaffRef;
import id.padu.organization.internal.Commands.StaffCommand;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.Nip;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;

/** Staff list with search, and the add staff form. */
@Controller
@RequestMapping("/kantor/organisasi/pegawai")
@PreAuthorize("hasRole('ADMIN')")
class StaffPagesController {

	private static final Map<String, String> FIELDS = Map.of("nipTaken", "nip", "usernameTaken", "username");

	private final StaffRepository staff;
	private final StaffSearch search;
	private final StaffService service;

	StaffPagesController(StaffRepository staff, StaffSearch search, StaffService service) {
		this.staff = staff;
		this.search = search;
		this.service = service;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("results", results(q));
		return "organization/staff";
	}

	/** The htmx search box asks here and swaps in only the result list. */
	@GetMapping("/cari")
	String searchFragment(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "list") String mode, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("results", mode.equals("pick") ? search.search(q, 20) : results(q));
		return mode.equals("pick") ? "organization/staff-results :: pick" : "organization/staff-results :: list";
	}

	@GetMapping("/baru")
	String newStaff(Model model) {
		model.addAttribute("staffForm", new StaffForm());
		return "organization/staff-form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("staffForm") StaffForm form, BindingResult result,
			RedirectAttributes redirect) {
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
				StaffRef created = service.create(new StaffCommand(nip, form.getFullName(), form.getUsername(),
						form.getEmail()));
				redirect.addFlashAttribute("savedMessage", "organization.staff.created");
				redirect.addFlashAttribute("savedName", created.fullName());
				return "redirect:/kantor/organisasi/pegawai?q=" + created.nip().value();
			} catch (BusinessRuleViolation e) {
				RuleErrors.attach(e, result, FIELDS);
			}
		}
		return "organization/staff-form";
	}

	private List<StaffRef> results(String q) {
		return q.isBlank() ? staff.findAllByOrderByFullName().stream().limit(500).map(Staff::toRef).toList()
				: search.search(q, 50);
	}
}
