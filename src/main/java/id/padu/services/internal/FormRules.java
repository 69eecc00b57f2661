package id.padu.services.internal;

import id.padu.documents.DocumentStore;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.KodeWilayah;
import id.padu.shared.Nik;
import id.padu.shared.web.Formats;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks what an applicant entered against the form of the bundle version in use and returns the clean
 * values (trimmed text; members as comma-separated NIKs). Registry fields in the input are ignored: their
 * values always come from the registry. Unknown field names are refused, so a typo is not silently lost.
 */
@Component
class FormRules {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[A-Za-z]{2,}");
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");
	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
	private static final Pattern INTEGER = Pattern.compile("-?\\d{1,15}");
	private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
	static final int TEXT_MAX = 500;
	static final int TEXTAREA_MAX = 2000;

	private final DocumentStore documents;
	private final PlaceNames places;
	private final FormExtensions extensions;
	private final Clock clock;

	FormRules(DocumentStore documents, PlaceNames places, FormExtensions extensions, Clock clock) {
		this.documents = documents;
		this.places = places;
		this.extensions = extensions;
		this.clock = clock;
	}

	/** @throws InvalidApplicationException with every field's problem */
	Map<String, String> check(ServiceManifest manifest, Map<String, ?> input, ApplicantSnapshot applicant) {
		List<FieldProblem> problems = new ArrayList<>();
		input.keySet().stream().filter(name -> manifest.field(name).isEmpty()).sorted()
			.forEach(name -> problems.add(new FieldProblem(name, "services.field.unknown")));
		Map<String, String> values = new LinkedHashMap<>();
		for (FormField field : manifest.fields()) {
			if (field.fromRegistry()) {
				continue;
			}
			String value = text(input.get(field.name()));
			if (value == null) {
				if (field.required()) {
					problems.add(new FieldProblem(field.name(), "services.field.required"));
				}
				continue;
			}
			String clean = checkValue(manifest, field, value, applicant, problems);
			if (clean != null) {
				values.put(field.name(), clean);
			}
		}
		if (RegistryBirthFields.missing(manifest).isEmpty()) {
			BirthPolicy.check(values, applicant, LocalDate.now(clock.withZone(Formats.JAKARTA)), problems);
		}
		problems.addAll(extensions.check(manifest, applicant.nik(), values, LocaleContextHolder.getLocale()));
		if (!problems.isEmpty()) {
			throw new InvalidApplicationException(problems);
		}
		return values;
	}

	private String checkValue(ServiceManifest manifest, FormField f, String value, ApplicantSnapshot applicant,
			List<FieldProblem> problems) {
		String name = f.name();
		int before = problems.size();
		switch (f.type()) {
			case TEXT, TEXTAREA -> {
				int max = f.maxLength() != null ? f.maxLength() : f.type() == FieldType.TEXT ? TEXT_MAX : TEXTAREA_MAX;
				if (value.length() > max) {
					problems.add(new FieldProblem(name, "services.field.tooLong", max));
				} else if (f.minLength() != null && value.length() < f.minLength()) {
					problems.add(new FieldProblem(name, "services.field.tooShort", f.minLength()));
				}
			}
			case NUMBER -> checkNumber(f, value, problems);
			case DATE -> checkDate(f, value, problems);
			case TIME -> add(!TIME.matcher(value).matches(), name, "services.field.time", problems);
			case SELECT -> add(!extensions.offers(manifest, f, applicant.nik(), value), name, "services.field.option",
					problems);
			case NIK -> {
				try {
					Nik.of(value);
				} catch (InvalidIdentifierException e) {
					problems.add(new FieldProblem(name, "services.field.nik"));
				}
			}
			case EMAIL -> add(!EMAIL.matcher(value).matches(), name, "services.field.email", problems);
			case PHONE -> add(!PHONE.matcher(value).matches(), name, "services.field.phone", problems);
			case FILE -> add(!SHA256.matcher(value).matches() || !documents.exists(value), name, "services.field.file", problems);
			case WILAYAH -> checkWilayah(name, value, problems);
			case MEMBERS, MEMBER -> {
				return FamilyChoice.check(f, value, applicant, problems);
			}
		}
		if (problems.size() == before && f.pattern() != null && !value.matches(f.pattern())) {
			String own = f.patternMessage().in(LocaleContextHolder.getLocale());
			problems.add(own.isBlank() ? new FieldProblem(name, "services.field.pattern")
					: new FieldProblem(name, "services.field.patternOwn", own));
		}
		return problems.size() == before ? value : null;
	}

	private void checkNumber(FormField f, String value, List<FieldProblem> problems) {
		if (!INTEGER.matcher(value).matches()) {
			problems.add(new FieldProblem(f.name(), "services.field.number"));
			return;
		}
		long number = Long.parseLong(value);
		if (f.min() != null && number < Long.parseLong(f.min()) || f.max() != null && number > Long.parseLong(f.max())) {
			problems.add(new FieldProblem(f.name(), "services.field.range", f.min() == null ? "" : f.min(),
					f.max() == null ? "" : f.max()));
		}
	}

	private void checkDate(FormField f, String value, List<FieldProblem> problems) {
		LocalDate date;
		try {
			date = LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			problems.add(new FieldProblem(f.name(), "services.field.date"));
			return;
		}
		LocalDate min = limit(f.min());
		LocalDate max = limit(f.max());
		if (min != null && date.isBefore(min)) {
			problems.add(new FieldProblem(f.name(), "services.field.dateMin", min));
		} else if (max != null && date.isAfter(max)) {
			problems.add(new FieldProblem(f.name(), "services.field.dateMax", max));
		}
	}

	private LocalDate limit(String limit) {
		if (limit == null) {
			return null;
		}
		return limit.equals("today") ? LocalDate.now(clock.withZone(Formats.JAKARTA)) : LocalDate.parse(limit);
	}

	private void checkWilayah(String name, String value, List<FieldProblem> problems) {
		try {
			KodeWilayah kode = KodeWilayah.of(value);
			add(kode.level() != KodeWilayah.Level.DESA_KELURAHAN || !places.exists(kode), name, "services.field.wilayah",
					problems);
		} catch (InvalidIdentifierException e) {
			problems.add(new FieldProblem(name, "services.field.wilayah"));
		}
	}

	private static void add(boolean broken, String name, String key, List<FieldProblem> problems) {
		if (broken) {
			problems.add(new FieldProblem(name, key));
		}
	}

	/** A JSON value as text: strings stripped, numbers as written, arrays of strings joined with commas. */
	static String text(Object value) {
		if (value == null) {
			return null;
		}
		String text = value instanceof List<?> list
				? list.stream().map(String::valueOf).map(String::strip).collect(Collectors.joining(","))
				: String.valueOf(value).strip();
		return text.isEmpty() ? null : text;
	}
}
