package id.padu.registry.internal;

import id.padu.registry.ResidentRecord;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cross-field rules of the form, against the resident's current record: the record did not change
 * since the form was opened, at least one field changes, every changed value passes
 * {@link CorrectionRules} (including the NIK rule for birth date and gender), a document is attached.
 * A value typed differently but meaning the same (RT {@code 3} for {@code 003}) is no change.
 */
class ChangeRequestFormValidator implements Validator {

	private final CorrectionRules rules;
	private final ResidentRecord current;
	private final Map<String, String> wanted = new LinkedHashMap<>();

	ChangeRequestFormValidator(CorrectionRules rules, ResidentRecord current) {
		this.rules = rules;
		this.current = current;
	}

	@Override
	public boolean supports(Class<?> type) {
		return ChangeRequestForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ChangeRequestForm form = (ChangeRequestForm) target;
		if (!ChangeRequestForm.fingerprint(current).equals(form.getSeen())) {
			errors.reject("registry.correction.changedMeanwhile");
			return;
		}
		Map<CorrectionField, String> edited = new LinkedHashMap<>();
		form.edited(current).forEach((name, value) -> edited.put(CorrectionField.byApiName(name).orElseThrow(), value));
		CorrectionRules.Checked checked = rules.check(current, edited);
		checked.changes().forEach(c -> wanted.put(c.field().apiName(), c.newValue()));
		checked.problems().stream()
			.filter(p -> !p.messageKey().equals("registry.correction.unchanged"))
			.filter(p -> !p.field().equals("changes"))
			.forEach(p -> errors.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey()));
		// Only the form's own fields reach here: the rules name no others for an edited form.
		if (wanted.isEmpty() && !errors.hasFieldErrors()) {
			errors.reject("registry.correction.noChanges");
		}
		if (form.getDocument() == null || form.getDocument().isEmpty()) {
			errors.rejectValue("document", "registry.correction.document.required");
		}
	}

	/** The changes to request, canonical, once {@link #validate} passed. */
	Map<String, String> wanted() {
		return wanted;
	}
}
