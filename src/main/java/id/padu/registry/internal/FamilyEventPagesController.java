package id.padu.registry.internal;

import id.padu.registry.BirthNotice;
import id.padu.registry.BloodType;
import id.padu.registry.Citizenship;
import id.padu.registry.FamilyRecord;
import id.padu.registry.FamilyRelationship;
import id.padu.registry.Gender;
import id.padu.registry.MaritalStatus;
import id.padu.registry.NewResident;
import id.padu.registry.Registry;
import id.padu.registry.Religion;
import id.padu.registry.ResidentRecord;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.Nik;
import id.padu.shared.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
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

import static id.padu.registry.internal.LifeEventPages.FORM;

/**
 * "Catat kelahiran" and "Catat pindah datang" on a family card: someone joins the card. On success the
 * officer lands on the new resident's page, where the event heads the history.
 */
@Controller
@RequestMapping("/kantor/penduduk/kk/{kk}/peristiwa")
@PreAuthorize("hasAnyRole('OFFICER','HEAD')")
class FamilyEventPagesController {

	private static final Map<String, String> BIRTH = Map.of("registry.event.future", "birthDate",
			"registry.birth.motherNotFemale", "motherNik", "registry.birth.notMothersFamily", "motherNik",
			"registry.birth.motherDeceased", "motherNik", "registry.birth.motherMovedOut", "motherNik",
			"registry.birth.fatherNotMale", "fatherNik", "registry.resident.notFound", "fatherNik");

	private static final Map<String, String> MOVE_IN = ResidentEventPagesController.withDate(Map.of(
			"identifier.nik.kecamatan", "nik", "identifier.nik.notFemale", "nik", "identifier.nik.notMale", "nik",
			"identifier.nik.birthdateMismatch", "nik", "registry.resident.nikTaken", "nik",
			"registry.family.headExists", "relationship", "registry.family.husbandExists", "relationship",
			"registry.moveIn.originLevel", "originQuery", "registry.moveIn.originUnknown", "originQuery",
			"registry.moveIn.originHere", "originQuery"));

	private final LifeEventPages pages;
	private final Registry registry;
	private final Births births;
	private final LifeEventDetails details;

	FamilyEventPagesController(LifeEventPages pages, Registry registry, Births births, LifeEventDetails details) {
		this.pages = pages;
		this.registry = registry;
		this.births = births;
		this.details = details;
	}

	@GetMapping("/kelahiran")
	String birthForm(@PathVariable String kk, Model model) {
		model.addAttribute(FORM, new BirthForm());
		return page(model, pages.family(kk), "registry/event-birth");
	}

	@PostMapping("/kelahiran")
	String birth(@PathVariable String kk, @Valid @ModelAttribute(FORM) BirthForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FamilyRecord family = pages.family(kk);
		validator(family).validate(form, result);
		if (!result.hasErrors()) {
			try {
				ResidentRecord child = births.register(new BirthNotice(family.nomorKk(), form.getName(),
						form.getBirthPlace(), form.getBirthDate(), form.getGender(), form.getReligion(), form.getBloodType(),
						form.getCitizenship(), Nik.of(form.getMotherNik()),
						form.getFatherNik() == null ? null : Nik.of(form.getFatherNik()), details.birth(form)));
				return pages.recorded(redirect, child.nik(), "registry.lifeEvent.recorded.birth", child.fullName(),
						child.nik().value(), family.nomorKk().value());
			} catch (BusinessRuleViolation | InvalidIdentifierException | NotFoundException refused) {
				LifeEventPages.attach(refused, result, BIRTH);
			} catch (DataIntegrityViolationException sameNikIssuedMeanwhile) {
				result.reject("registry.lifeEvent.birth.tryAgain");
			}
		}
		return page(model, family, "registry/event-birth");
	}

	@GetMapping("/pindah-datang")
	String moveInForm(@PathVariable String kk, Model model) {
		MoveInForm form = new MoveInForm();
		model.addAttribute(FORM, form);
		pages.addWilayahOptions(model, form);
		return page(model, pages.family(kk), "registry/event-move-in");
	}

	@PostMapping("/pindah-datang")
	String moveIn(@PathVariable String kk, @Valid @ModelAttribute(FORM) MoveInForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		FamilyRecord family = pages.family(kk);
		validator(family).validate(form, result);
		if (!result.hasErrors()) {
			try {
				ResidentRecord added = registry.recordMoveIn(new NewResident(Nik.of(form.getNik()), form.getName(),
						form.getBirthPlace(), form.getBirthDate(), form.getGender(), form.getBloodType(), form.getReligion(),
						form.getMaritalStatus(), form.getOccupation(), form.getEducation(), form.getCitizenship(),
						form.getPhone(), form.getEmail(), family.nomorKk(), form.getRelationship()),
						pages.choices().meant(form), form.getDate(), details.moveIn(form));
				return pages.recorded(redirect, added.nik(), "registry.lifeEvent.recorded.moveIn", added.fullName(),
						family.nomorKk().value());
			} catch (BusinessRuleViolation | InvalidIdentifierException | NotFoundException refused) {
				LifeEventPages.attach(refused, result, MOVE_IN);
			}
		}
		pages.addWilayahOptions(model, form);
		return page(model, family, "registry/event-move-in");
	}

	private FamilyEventFormValidator validator(FamilyRecord family) {
		return new FamilyEventFormValidator(family, pages.today(), pages.identifiers(), pages.choices());
	}

	private static String page(Model model, FamilyRecord family, String view) {
		model.addAttribute("family", family);
		model.addAttribute("genders", Gender.values());
		model.addAttribute("religions", Religion.values());
		model.addAttribute("bloodTypes", BloodType.values());
		model.addAttribute("citizenships", Citizenship.values());
		model.addAttribute("maritalStatuses", MaritalStatus.values());
		model.addAttribute("relationships", FamilyRelationship.values());
		return view;
	}
}
