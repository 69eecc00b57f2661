package id.padu.services.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the {@code form} list of {@code service.yml}: field names usable as process variables, known types
 * and registry attributes, choices for selects, limits that make sense for the type.
 */
final class FormParser {

	static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

	/** A module's source or check name: {@code admission.schools}. */
	static final Pattern SOURCE = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-zA-Z0-9]*){1,3}");

	/** Process variables the engine sets itself: a field may not take their name. */
	static final Set<String> RESERVED = Set.of("applicationId", "serviceCode", "opd", "decision", "note", "applicant",
			"tenant", "outcome", "trackingNumber", "execution", "task");

	private FormParser() {
	}

	static List<FormField> fields(YamlReader r, List<?> items) {
		List<FormField> fields = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			String path = "form[" + i + "]";
			if (!(items.get(i) instanceof Map<?, ?> item)) {
				r.problem(path, "services.bundle.problem.notMap");
				continue;
			}
			FormField field = field(r, item, path);
			if (field != null && !names.add(field.name())) {
				r.problem(path + ".name", "services.bundle.problem.fieldDuplicate", field.name());
			} else if (field != null) {
				fields.add(field);
			}
		}
		return fields;
	}

	private static FormField field(YamlReader r, Map<?, ?> item, String path) {
		String name = r.text(item, "name", path, true);
		if (name != null && (!NAME.matcher(name).matches() || RESERVED.contains(name))) {
			r.problem(path + ".name", "services.bundle.problem.fieldName", name);
			name = null;
		}
		LocalizedText label = r.localized(item, "label", path, true);
		LocalizedText hint = r.localized(item, "hint", path, false);
		String typeName = r.text(item, "type", path, true);
		FieldType type = typeName == null ? null : FieldType.byYamlName(typeName).orElse(null);
		if (typeName != null && type == null) {
			r.problem(path + ".type", "services.bundle.problem.fieldType", typeName);
		}
		RegistryAttribute attribute = attribute(r, item, path, type);
		String optionsFrom = optionsFrom(r, item, path, type);
		List<FormField.Option> options = item.get("options") instanceof Map ? List.of() : options(r, item, path, type);
		Integer minLength = r.integer(item, "minLength", path, false, 0, 10_000);
		Integer maxLength = r.integer(item, "maxLength", path, false, 1, 10_000);
		String pattern = r.text(item, "pattern", path, false);
		if (pattern != null) {
			try {
				Pattern.compile(pattern);
			} catch (PatternSyntaxException e) {
				r.problem(path + ".pattern", "services.bundle.problem.pattern", pattern);
			}
		}
		String min = limit(r, item, "min", path, type);
		String max = limit(r, item, "max", path, type);
		boolean required = r.flag(item, "required", path);
		RegistryAttribute prefill = prefill(r, item, path, type, attribute);
		LocalizedText patternMessage = r.localized(item, "patternMessage", path, false);
		if (name == null || label == null || type == null) {
			return null;
		}
		return new FormField(name, label, hint == null ? LocalizedText.EMPTY : hint, type, required, attribute, options,
				optionsFrom, minLength, maxLength, pattern, min, max, prefill,
				patternMessage == null ? LocalizedText.EMPTY : patternMessage);
	}

	/** {@code prefill: applicant.bloodType}: only for an applicant's own text or select field. */
	private static RegistryAttribute prefill(YamlReader r, Map<?, ?> item, String path, FieldType type,
			RegistryAttribute attribute) {
		String name = r.text(item, "prefill", path, false);
		if (name == null) {
			return null;
		}
		RegistryAttribute prefill = RegistryAttribute.byYamlName(name).filter(a -> a.yamlName().startsWith("applicant."))
			.orElse(null);
		if (prefill == null || attribute != null || (type != FieldType.TEXT && type != FieldType.SELECT)) {
			r.problem(path + ".prefill", "services.bundle.problem.prefill", name);
			return null;
		}
		return prefill;
	}

	private static RegistryAttribute attribute(YamlReader r, Map<?, ?> item, String path, FieldType type) {
		String source = r.text(item, "source", path, false);
		if (source != null && !source.equals("registry") && !source.equals("applicant")) {
			r.problem(path + ".source", "services.bundle.problem.source", source);
			return null;
		}
		boolean registry = "registry".equals(source);
		if (type != null && type.picksFamily() && !registry) {
			r.problem(path + ".source", "services.bundle.problem.membersSource");
			return null;
		}
		if (!registry) {
			return null;
		}
		String name = r.text(item, "attribute", path, true);
		RegistryAttribute attribute = name == null ? null : RegistryAttribute.byYamlName(name).orElse(null);
		if (name != null && attribute == null) {
			r.problem(path + ".attribute", "services.bundle.problem.attribute", name);
		} else if (attribute != null && type != null
				&& (attribute == RegistryAttribute.FAMILY_MEMBERS) != type.picksFamily()) {
			r.problem(path + ".attribute", "services.bundle.problem.membersSource");
			return null;
		}
		return attribute;
	}

	/**
	 * {@code options: { from: <source> }}: the choices come from a module at run time. Whether a module answers
	 * the name is checked by {@link BundleValidator}, which knows the modules.
	 */
	private static String optionsFrom(YamlReader r, Map<?, ?> item, String path, FieldType type) {
		if (!(item.get("options") instanceof Map<?, ?> dynamic)) {
			return null;
		}
		String from = r.text(dynamic, "from", path + ".options", true);
		if (from != null && !SOURCE.matcher(from).matches()) {
			r.problem(path + ".options.from", "services.bundle.problem.optionsSource", from);
			return null;
		}
		if (type != FieldType.SELECT) {
			r.problem(path + ".options", "services.bundle.problem.optionsFromSelect");
			return null;
		}
		return from;
	}

	private static List<FormField.Option> options(YamlReader r, Map<?, ?> item, String path, FieldType type) {
		List<?> raw = r.list(item, "options", path);
		if (type == FieldType.SELECT && raw.isEmpty()) {
			r.problem(path + ".options", "services.bundle.problem.options");
		}
		List<FormField.Option> options = new ArrayList<>();
		for (int i = 0; i < raw.size(); i++) {
			String at = path + ".options[" + i + "]";
			if (raw.get(i) instanceof Map<?, ?> option) {
				String value = r.text(option, "value", at, true);
				LocalizedText label = r.localized(option, "label", at, true);
				if (value != null && label != null) {
					options.add(new FormField.Option(value, label));
				}
			} else {
				r.problem(at, "services.bundle.problem.notMap");
			}
		}
		return options;
	}

	private static String limit(YamlReader r, Map<?, ?> item, String key, String path, FieldType type) {
		String value = r.text(item, key, path, false);
		if (value == null) {
			return null;
		}
		boolean valid = switch (type == null ? FieldType.TEXT : type) {
			case NUMBER -> value.matches("-?\\d{1,15}");
			case DATE -> value.equals("today") || isDate(value);
			default -> false;
		};
		if (!valid) {
			r.problem(path + "." + key, "services.bundle.problem.limit", value);
			return null;
		}
		return value;
	}

	private static boolean isDate(String value) {
		try {
			LocalDate.parse(value);
			return true;
		} catch (DateTimeParseException e) {
			return false;
		}
	}
}
