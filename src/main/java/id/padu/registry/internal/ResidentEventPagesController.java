package id.padu.registry.internal;

import id.padu.registry.Registry;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.InvalidIdentifierException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.HashMap;
import java.util.Map;

import static id.padu.registry.internal.LifeEventPages.FORM;

/**
 * "Catat kematian" and "Catat pindah keluar" for one resident, by officers and heads, who also ask for
 * corrections ({@link ChangeRequestFormController}). The registry checks everything before it writes,
 * so a refused form leaves the registry as it was.
 */
@Controller
@RequestMapping("/kantor/penduduk/{nik}/peristiwa")
@PreAuthorize("hasAnyRole('OFFICER','HEAD')")
class ResidentEventPagesController {

	private static final Map<String, String> DATE = Map.of("registry.event.future", "date", "registry.event.beforeBirth",
			"date", "registry.event.dateRequired", "date");

	private final LifeEventPages pages;
	private final Registry registry;
	private final LifeEventDetails details;

	ResidentEventPagesController(LifeEventPages pages, Registry registry, LifeEventDetails details) {
		this.pages = pages;
		this.registry = registry;
		this.details = details;
	}

	@GetMapping("/kematian")
	String deathForm(@PathVariable String nik, Model model) {
		model.addAttribute(FORM, new DeathForm());
		return page(model, pages.subject(nik), "registry/event-death");
	}

	@PostMapping("/kematian")
	String death(@PathVariable String nik, @Valid @ModelAttribute(FORM) DeathForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ResidentPicture subject = pages.subject(nik);
		validator(subject).validate(form, result);
		if (!result.hasErrors()) {
			try {
				registry.recordDeath(subject.resident().nik(), form.getDate(), details.death(form));
				return pages.recorded(redirect, subject.resident().nik(), "registry.lifeEvent.recorded.death",
						subject.resident().fullName());
			} catch (BusinessRuleViolation | InvalidIdentifierException | NotFoundException refused) {
				LifeEventPages.attach(refused, result, DATE);
			}
		}
		return page(model, subject, "registry/event-death");
	}

	@GetMapping("/pindah-keluar")
	String moveOutForm(@PathVariable String nik, Model model) {
		MoveOutForm form = new MoveOutForm();
		model.addAttribute(FORM, form);
		pages.addWilayahOptions(model, form);
		return page(model, pages.subject(nik), "registry/event-move-out");
	}

	@PostMapping("/pindah-keluar")
	String moveOut(@PathVariable String nik, @Valid @ModelAttribute(FORM) MoveOutForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ResidentPicture subject = pages.subject(nik);
		validator(subject).validate(form, result);
		if (!result.hasErrors()) {
			try {
				registry.recordMoveOut(subject.resident().nik(), pages.choices().meant(form), form.getDate(),
						details.moveOut(form));
				return pages.recorded(redirect, subject.resident().nik(), "registry.lifeEvent.recorded.moveOut",
						subject.resident().fullName());
			} catch (BusinessRuleViolation | InvalidIdentifierException | NotFoundException refused) {
				LifeEventPages.attach(refused, result, withDate(Map.of("registry.moveOut.destinationLevel",
						"destinationQuery", "registry.moveOut.destinationUnknown", "destinationQuery",
						"registry.moveOut.destinationHere", "destinationQuery")));
			}
		}
		pages.addWilayahOptions(model, form);
		return page(model, subject, "registry/event-move-out");
	}

	private ResidentEventFormValidator validator(ResidentPicture subject) {
		return new ResidentEventFormValidator(subject.resident(), pages.today(), pages.identifiers(), pages.choices());
	}

	static Map<String, String> withDate(Map<String, String> fields) {
		Map<String, String> all = new HashMap<>(DATE);
		all.putAll(fields);
		return all;
	}

	static String page(Model model, ResidentPicture subject, String view) {
		model.addAttribute("r", subject.resident());
		return view;
	}
}
