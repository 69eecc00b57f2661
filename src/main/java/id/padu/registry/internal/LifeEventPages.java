package id.padu.registry.internal;

import id.padu.audit.PersonalDataAccessLog.Channel;
import id.padu.registry.FamilyRecord;
import id.padu.registry.IdentifierRules;
import id.padu.registry.Purpose;
import id.padu.registry.ResidentField;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.Nik;
import id.padu.shared.NomorKk;
import id.padu.shared.NotFoundException;
import id.padu.shared.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What the life-event pages share: the person or card the form is about (a read logged with the purpose
 * "Pencatatan peristiwa kependudukan", of the fields the form shows), the refusals of the registry placed
 * next to their inputs, and the way back to the resident's page with a confirmation.
 */
@Component
class LifeEventPages {

	static final String FORM = "lifeEventForm";

	/** What an event form shows of the person. */
	static final Set<ResidentField> SHOWN = Collections.unmodifiableSet(EnumSet.of(ResidentField.NIK, ResidentField.NAME,
			ResidentField.BIRTH_DATE, ResidentField.GENDER, ResidentField.MARITAL_STATUS, ResidentField.STATUS));

	private final RegistryReads reads;
	private final IdentifierRules identifiers;
	private final WilayahChoices choices;
	private final MessageSource messages;
	private final Clock clock;

	LifeEventPages(RegistryReads reads, IdentifierRules identifiers, WilayahChoices choices, MessageSource messages,
			Clock clock) {
		this.reads = reads;
		this.identifiers = identifiers;
		this.choices = choices;
		this.messages = messages;
		this.clock = clock;
	}

	/** The resident the event is about; refused when they died or moved out, since nothing follows that. */
	ResidentPicture subject(String nik) {
		return subject(nik, SHOWN);
	}

	/** The same with the history too: the divorce form offers the spouse of the last marriage. */
	ResidentPicture subjectWithHistory(String nik) {
		EnumSet<ResidentField> fields = EnumSet.copyOf(SHOWN);
		fields.add(ResidentField.LIFE_EVENTS);
		return subject(nik, fields);
	}

	private ResidentPicture subject(String nik, Set<ResidentField> fields) {
		Nik checked = identifiers.nik(nik);
		if (!reads.holds(checked)) {
			throw new NotFoundException("registry.resident.notFound");
		}
		ResidentPicture picture = reads.read(checked, purpose(), fields, Channel.PAGE)
			.orElseThrow(() -> new NotFoundException("registry.resident.notFound"));
		LifeEventPolicy.checkRecordable(picture.resident().status());
		return picture;
	}

	FamilyRecord family(String kk) {
		NomorKk checked = identifiers.nomorKk(kk);
		if (!reads.holds(checked)) {
			throw new NotFoundException("registry.family.notFound");
		}
		return reads.family(checked, purpose(), Channel.PAGE)
			.orElseThrow(() -> new NotFoundException("registry.family.notFound"));
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.JAKARTA));
	}

	IdentifierRules identifiers() {
		return identifiers;
	}

	WilayahChoices choices() {
		return choices;
	}

	/** The picker's options for what was typed, keeping the chosen one. */
	void addWilayahOptions(Model model, WilayahPick form) {
		model.addAttribute("wilayahOptions", choices.options(form.typedQuery(), form.pickedCode()));
	}

	/** Back to the resident's page, opened for updating the registry, with the confirmation on top. */
	String recorded(RedirectAttributes redirect, Nik nik, String messageKey, Object... args) {
		redirect.addFlashAttribute("lifeEventMessage",
				messages.getMessage(messageKey, args, LocaleContextHolder.getLocale()));
		return "redirect:/kantor/penduduk/" + nik.value() + "?choice=pemutakhiran";
	}

	/**
	 * A refusal of the registry next to the input it concerns ({@code fields} maps message keys to inputs),
	 * otherwise in the error summary. Anything else is not the officer's to fix and is thrown on.
	 */
	static void attach(RuntimeException refusal, BindingResult result, Map<String, String> fields) {
		String key;
		Object[] args;
		if (refusal instanceof BusinessRuleViolation rule) {
			key = rule.messageKey();
			args = rule.arguments();
		} else if (refusal instanceof InvalidIdentifierException invalid) {
			key = invalid.messageKey();
			args = invalid.arguments();
		} else if (refusal instanceof NotFoundException notFound) {
			key = notFound.messageKey();
			args = new Object[0];
		} else {
			throw refusal;
		}
		String field = fields.get(key);
		if (field != null) {
			result.rejectValue(field, key, args, key);
		} else {
			result.reject(key, args, key);
		}
	}

	private Purpose purpose() {
		return new Purpose(messages.getMessage("registry.lifeEvent.purpose", null, Purposes.INDONESIAN));
	}
}
