package id.padu.organization.internal;

import id.padu.organization.OrganizationDirectory;
import id.padu.organization.PositionLevel;
import id.padu.organization.PositionRef;
import id.padu.organization.UnitRef;
import id.padu.organization.internal.Commands.PositionCommand;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Add and edit positions (jabatan) of a unit. */
@Controller
@RequestMapping("/kantor/organisasi/jabatan")
@PreAuthorize("hasRole('ADMIN')")
class PositionPagesController {

	private static final Map<String, String> FIELDS = Map.of("codeTaken", "code", "code.format", "code",
			"parent", "parentCode", "cycle", "parentCode", "unit.unknown", "unitCode");

	private final OrganizationDirectory directory;
	private final PositionService service;

	PositionPagesController(OrganizationDirectory directory, PositionService service) {
		this.directory = directory;
		this.service = service;
	}

	@GetMapping("/baru")
	String newPosition(@RequestParam String unit, Model model) {
		UnitRef owner = directory.unit(unit);
		PositionForm form = new PositionForm();
		form.setUnitCode(owner.code());
		form.setLevel(PositionLevel.STAF);
		directory.headOf(owner.code()).or(() -> headAbove(owner)).ifPresent(h -> form.setParentCode(h.code()));
		return form(model.addAttribute("positionForm", form), null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("positionForm") PositionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				PositionRef position = service.create(command(form));
				return saved(position, "organization.position.created", redirect);
			} catch (BusinessRuleViolation e) {
				RuleErrors.attach(e, result, FIELDS);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{code}/ubah")
	String edit(@PathVariable String code, Model model) {
		PositionRef position = position(code);
		return form(model.addAttribute("positionForm", PositionForm.of(position)), position);
	}

	@PostMapping("/{code}")
	String update(@PathVariable String code, @Valid @ModelAttribute("positionForm") PositionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		PositionRef existing = position(code);
		form.setCode(code);
		if (!result.hasErrors()) {
			try {
				return saved(service.update(code, command(form)), "organization.position.updated", redirect);
			} catch (BusinessRuleViolation e) {
				RuleErrors.attach(e, result, FIELDS);
			}
		}
		return form(model, existing);
	}

	private String saved(PositionRef position, String messageKey, RedirectAttributes redirect) {
		redirect.addFlashAttribute("savedMessage", messageKey);
		redirect.addFlashAttribute("savedName", position.title());
		return "redirect:/kantor/organisasi/unit/" + position.unitCode();
	}

	private String form(Model model, PositionRef editing) {
		PositionForm form = (PositionForm) model.getAttribute("positionForm");
		UnitRef unit = directory.findUnit(form.getUnitCode()).orElseThrow(() -> new NotFoundException("organization.unit.notFound"));
		model.addAttribute("editing", editing);
		model.addAttribute("unit", unit);
		model.addAttribute("levels", PositionLevel.values());
		model.addAttribute("units", directory.units());
		model.addAttribute("parents", candidateParents(unit, editing));
		return "organization/position-form";
	}

	/** Positions of the unit and of every unit above it: the only ones a position may report to. */
	private List<PositionRef> candidateParents(UnitRef unit, PositionRef editing) {
		List<PositionRef> parents = new ArrayList<>();
		for (UnitRef u = unit; u != null; u = u.parentCode() == null ? null : directory.unit(u.parentCode())) {
			directory.positionsIn(u.code()).stream().filter(p -> editing == null || !p.code().equals(editing.code()))
				.forEach(parents::add);
		}
		return parents;
	}

	private Optional<PositionRef> headAbove(UnitRef unit) {
		return unit.parentCode() == null ? Optional.empty() : directory.headOf(unit.parentCode());
	}

	private PositionRef position(String code) {
		return directory.findPosition(code).orElseThrow(() -> new NotFoundException("organization.position.notFound"));
	}

	private static PositionCommand command(PositionForm form) {
		return new PositionCommand(form.getCode(), form.getTitle(), form.getLevel(), form.getUnitCode(),
				form.getParentCode(), form.getOrder());
	}
}
