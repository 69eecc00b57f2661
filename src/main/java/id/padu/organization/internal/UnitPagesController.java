package id.padu.organization.internal;

import id.padu.organization.OrganizationDirectory;
import id.padu.organization.UnitKind;
import id.padu.organization.UnitRef;
import id.padu.organization.internal.Commands.UnitCommand;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.KodeWilayah;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Add and edit organization units. */
@Controller
@RequestMapping("/kantor/organisasi/unit")
@PreAuthorize("hasRole('ADMIN')")
class UnitPagesController {

	private static final Map<String, String> FIELDS = new LinkedHashMap<>();

	static {
		FIELDS.put("codeTaken", "code");
		FIELDS.put("code.format", "code");
		FIELDS.put("kodeWilayah", "kodeWilayah");
		FIELDS.put("parent", "parentId");
		FIELDS.put("cycle", "parentId");
		FIELDS.put("kelurahanUnderKecamatan", "parentId");
		FIELDS.put("rootHasNoParent", "parentId");
	}

	private final OrganizationDirectory directory;
	private final UnitService service;

	UnitPagesController(OrganizationDirectory directory, UnitService service) {
		this.directory = directory;
		this.service = service;
	}

	@InitBinder("unitForm")
	void binder(WebDataBinder binder) {
		binder.addValidators(new UnitFormValidator());
	}

	@GetMapping("/baru")
	String newUnit(@RequestParam Optional<String> parent, Model model) {
		UnitForm form = new UnitForm();
		form.setKind(UnitKind.BIDANG);
		parent.flatMap(directory::findUnit).or(() -> directory.units().stream().findFirst())
			.ifPresent(p -> form.setParentId(p.id()));
		return form(model.addAttribute("unitForm", form), null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				UnitRef unit = service.create(command(form));
				redirect.addFlashAttribute("savedMessage", "organization.unit.created");
				redirect.addFlashAttribute("savedName", unit.name());
				return "redirect:/kantor/organisasi?baru=" + unit.code() + "#unit-" + unit.code();
			} catch (BusinessRuleViolation e) {
				RuleErrors.attach(e, result, FIELDS);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{code}")
	String detail(@PathVariable String code, Model model) {
		UnitRef unit = directory.unit(code);
		model.addAttribute("unit", unit);
		model.addAttribute("parent", unit.parentCode() == null ? null : directory.unit(unit.parentCode()));
		model.addAttribute("subUnits", directory.subUnits(code));
		model.addAttribute("positions", directory.positionsIn(code).stream()
			.map(p -> new PositionRow(p, directory.holders(p.code()))).toList());
		return "organization/unit";
	}

	@GetMapping("/{code}/ubah")
	String edit(@PathVariable String code, Model model) {
		UnitRef unit = directory.unit(code);
		UUID parentId = unit.parentCode() == null ? null : directory.unit(unit.parentCode()).id();
		return form(model.addAttribute("unitForm", UnitForm.of(unit, parentId)), unit);
	}

	@PostMapping("/{code}")
	String update(@PathVariable String code, @Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		UnitRef existing = directory.unit(code);
		form.setCode(code);
		if (!result.hasErrors()) {
			try {
				UnitRef unit = service.update(code, command(form));
				redirect.addFlashAttribute("savedMessage", "organization.unit.updated");
				redirect.addFlashAttribute("savedName", unit.name());
				return "redirect:/kantor/organisasi/unit/" + unit.code();
			} catch (BusinessRuleViolation e) {
				RuleErrors.attach(e, result, FIELDS);
			}
		}
		return form(model, existing);
	}

	private String form(Model model, UnitRef editing) {
		List<UnitRef> units = directory.units();
		model.addAttribute("editing", editing);
		model.addAttribute("parents", editing == null ? units
				: units.stream().filter(u -> !u.code().equals(editing.code())).toList());
		model.addAttribute("kinds", UnitKind.values());
		return "organization/unit-form";
	}

	private UnitCommand command(UnitForm form) {
		String parentCode = form.getParentId() == null ? null
				: directory.units().stream().filter(u -> u.id().equals(form.getParentId())).findFirst()
					.map(UnitRef::code)
					.orElseThrow(() -> new BusinessRuleViolation("organization.unit.parentUnknown", form.getParentId()));
		return new UnitCommand(form.getCode(), form.getName(), form.getKind(), parentCode,
				form.getKodeWilayah() == null ? null : KodeWilayah.of(form.getKodeWilayah()), form.getOrder(),
				form.isActive());
	}
}
