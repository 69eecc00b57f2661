package id.padu.registry.internal;

import id.padu.registry.Gender;
import id.padu.registry.IdentifierRules;
import id.padu.registry.ResidentRecord;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.web.Formats;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks wanted new values against the resident's current record, the same way when a request is made
 * and again when it is approved: each value on its own ({@link CorrectionValues}), that it differs from
 * the current one, and then the NIK rule: the NIK's date part must still match the birth date and
 * gender after the change, because the NIK itself is not corrected here.
 */
@Component
class CorrectionRules {

	/** What is wrong with one field ({@code field} is an API name, or {@code changes} for the whole). */
	record Problem(String field, String messageKey, Object... args) {
	}

	record Change(CorrectionField field, String oldValue, String newValue) {
	}

	record Checked(List<Change> changes, List<Problem> problems) {

		boolean ok() {
			return problems.isEmpty();
		}
	}

	private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z]{1,30}");

	private final IdentifierRules identifiers;
	private final CorrectionValues values;
	private final Clock clock;

	CorrectionRules(IdentifierRules identifiers, CorrectionValues values, Clock clock) {
		this.identifiers = identifiers;
		this.values = values;
		this.clock = clock;
	}

	/** Field names as sent by a caller: unknown ones and the NIK are problems, not exceptions. */
	Map<CorrectionField, String> fields(Map<String, String> wanted, List<Problem> problems) {
		Map<CorrectionField, String> known = new LinkedHashMap<>();
		wanted.forEach((name, value) -> {
			if ("nik".equals(name)) {
				problems.add(new Problem("nik", "registry.correction.nikNotCorrectable"));
			} else {
				CorrectionField.byApiName(name).ifPresentOrElse(field -> known.put(field, value),
						() -> problems.add(new Problem("changes", "registry.correction.unknownField",
								name != null && FIELD_NAME.matcher(name).matches() ? name : "?")));
			}
		});
		return known;
	}

	Checked check(ResidentRecord current, Map<CorrectionField, String> wanted) {
		List<Problem> problems = new ArrayList<>();
		List<Change> changes = new ArrayList<>();
		if (wanted.isEmpty()) {
			problems.add(new Problem("changes", "registry.correction.noChanges"));
		}
		LocalDate today = LocalDate.now(clock.withZone(Formats.JAKARTA));
		wanted.forEach((field, raw) -> {
			CorrectionValues.Result result = values.normalize(field, raw, today);
			if (result.problemKey() != null) {
				problems.add(new Problem(field.apiName(), result.problemKey(), result.args()));
			} else if (Objects.equals(result.value(), field.currentValue(current))) {
				problems.add(new Problem(field.apiName(), "registry.correction.unchanged"));
			} else {
				changes.add(new Change(field, field.currentValue(current), result.value()));
			}
		});
		checkNik(current, changes, problems);
		return new Checked(List.copyOf(changes), List.copyOf(problems));
	}

	private void checkNik(ResidentRecord current, List<Change> changes, List<Problem> problems) {
		Change birthDate = find(changes, CorrectionField.BIRTH_DATE);
		Change gender = find(changes, CorrectionField.GENDER);
		if (birthDate == null && gender == null) {
			return;
		}
		LocalDate date = birthDate == null ? current.birthDate() : LocalDate.parse(birthDate.newValue());
		Gender sex = gender == null ? current.gender() : Gender.valueOf(gender.newValue());
		try {
			identifiers.checkNik(current.nik(), date, sex);
		} catch (InvalidIdentifierException e) {
			String field = birthDate != null ? CorrectionField.BIRTH_DATE.apiName() : CorrectionField.GENDER.apiName();
			problems.add(new Problem(field, e.messageKey(), e.arguments()));
		} catch (DateTimeParseException e) {
			problems.add(new Problem(CorrectionField.BIRTH_DATE.apiName(), "registry.correction.birthDate.format"));
		}
	}

	private static Change find(List<Change> changes, CorrectionField field) {
		return changes.stream().filter(c -> c.field() == field).findFirst().orElse(null);
	}
}
