package id.padu.registry.internal;

import id.padu.registry.LifeEventEntry;
import id.padu.registry.LifeEventType;
import id.padu.registry.Registry;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.Nik;
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

import java.util.Map;
import java.util.Optional;

import static id.padu.registry.internal.LifeEventPages.FORM;

/**
 * "Catat perkawinan" and "Catat perceraian": recorded for both spouses at once. The divorce form
 * offers the spouse of the resident's last marriage. The spouse's own refusals (died, moved out, not
 * found) stand next to the spouse's NIK.
 */
@Controller
@RequestMapping("/kantor/penduduk/{nik}/peristiwa")
@PreAuthorize("hasAnyRole('OFFICER','HEAD')")
class CoupleEventPagesController {

	private static final Map<String, String> FIELDS = ResidentEventPagesController.withDate(Map.of(
			"registry.resident.notFound", "spouseNik", "registry.resident.deceased", "spouseNik",
			"registry.resident.movedOut", "spouseNik", "registry.marriage.samePerson", "spouseNik",
			"registry.marriage.sameGender", "spouseNik", "registry.divorce.notSpouses", "spouseNik"));

	private final LifeEventPages pages;
	private final Registry registry;
	private final LifeEventDetails details;

	CoupleEventPagesController(LifeEventPages pages, Registry registry, LifeEventDetails details) {
		this.pages = pages;
		this.registry = registry;
		this.details = details;
	}

	@GetMapping("/perkawinan")
	String marriageForm(@PathVariable String nik, Model model) {
		model.addAttribute(FORM, new CoupleEventForm());
		return page(model, pages.subject(nik), LifeEventType.MARRIAGE);
	}

	@PostMapping("/perkawinan")
	String marriage(@PathVariable String nik, @Valid @ModelAttribute(FORM) CoupleEventForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return record(nik, form, result, model, redirect, LifeEventType.MARRIAGE);
	}

	@GetMapping("/perceraian")
	String divorceForm(@PathVariable String nik, Model model) {
		ResidentPicture subject = pages.subjectWithHistory(nik);
		CoupleEventForm form = new CoupleEventForm();
		lastSpouse(subject).ifPresent(spouse -> form.setSpouseNik(spouse.value()));
		model.addAttribute(FORM, form);
		return page(model, subject, LifeEventType.DIVORCE);
	}

	@PostMapping("/perceraian")
	String divorce(@PathVariable String nik, @Valid @ModelAttribute(FORM) CoupleEventForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return record(nik, form, result, model, redirect, LifeEventType.DIVORCE);
	}

	private String record(String nik, CoupleEventForm form, BindingResult result, Model model,
			RedirectAttributes redirect, LifeEventType type) {
		ResidentPicture subject = pages.subject(nik);
		new ResidentEventFormValidator(subject.resident(), pages.today(), pages.identifiers(), pages.choices())
			.validate(form, result);
		if (!result.hasErrors()) {
			Nik self = subject.resident().nik();
			Nik spouse = Nik.of(form.getSpouseNik());
			try {
				if (type == LifeEventType.MARRIAGE) {
					registry.recordMarriage(self, spouse, form.getDate(), details.marriage(form));
				} else {
					registry.recordDivorce(self, spouse, form.getDate(), details.divorce(form));
				}
				return pages.recorded(redirect, self, type == LifeEventType.MARRIAGE ? "registry.lifeEvent.recorded.marriage"
						: "registry.lifeEvent.recorded.divorce", subject.resident().fullName(), spouse.value());
			} catch (BusinessRuleViolation | InvalidIdentifierException | NotFoundException refused) {
				LifeEventPages.attach(refused, result, FIELDS);
			}
		}
		return page(model, subject, type);
	}

	/** The spouse of the last marriage, unless a divorce followed it. */
	private static Optional<Nik> lastSpouse(ResidentPicture subject) {
		return subject.events().stream()
			.filter(e -> e.type() == LifeEventType.MARRIAGE || e.type() == LifeEventType.DIVORCE)
			.reduce((first, second) -> second)
			.filter(e -> e.type() == LifeEventType.MARRIAGE)
			.map(LifeEventEntry::relatedNik);
	}

	private static String page(Model model, ResidentPicture subject, LifeEventType type) {
		model.addAttribute("kind", type == LifeEventType.MARRIAGE ? "marriage" : "divorce");
		return ResidentEventPagesController.page(model, subject, "registry/event-couple");
	}
}
