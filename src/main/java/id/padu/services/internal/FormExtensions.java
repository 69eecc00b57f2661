package id.padu.services.internal;

import id.padu.services.FieldOption;
import id.padu.services.FieldOptions;
import id.padu.services.FormCheck;
import id.padu.services.FormContext;
import id.padu.shared.Nik;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The run-time choices ({@link FieldOptions}) and form checks ({@link FormCheck}) other modules offer to
 * bundles, by the names bundles use. Two modules claiming one name is a start-up error, never a silent pick.
 */
@Component
class FormExtensions {

	private final Map<String, FieldOptions> sources = new HashMap<>();
	private final Map<String, FormCheck> checks = new HashMap<>();

	FormExtensions(ObjectProvider<FieldOptions> options, ObjectProvider<FormCheck> formChecks) {
		options.orderedStream().forEach(provider -> provider.sources().forEach(source -> claim(sources, source, provider)));
		formChecks.orderedStream().forEach(check -> claim(checks, check.name(), check));
	}

	private static <T> void claim(Map<String, T> names, String name, T provider) {
		if (names.putIfAbsent(name, provider) != null) {
			throw new IllegalStateException("Two modules answer the form extension " + name);
		}
	}

	boolean hasSource(String name) {
		return sources.containsKey(name);
	}

	boolean hasCheck(String name) {
		return checks.containsKey(name);
	}

	/** The field's choices for this applicant now; none when its source is not (or no longer) answered. */
	List<FieldOption> options(ServiceManifest manifest, FormField field, Nik applicant, Locale locale) {
		FieldOptions provider = sources.get(field.optionsFrom());
		return provider == null ? List.of()
				: provider.options(field.optionsFrom(), new FormContext(manifest.code(), applicant, locale));
	}

	/** Whether a select's value is among its choices: the bundle's own, or the module's for this applicant now. */
	boolean offers(ServiceManifest manifest, FormField field, Nik applicant, String value) {
		if (field.optionsFrom() == null) {
			return field.options().stream().anyMatch(o -> o.value().equals(value));
		}
		return options(manifest, field, applicant, LocaleContextHolder.getLocale()).stream()
			.anyMatch(o -> o.value().equals(value));
	}

	/** Every named check's problems; a check no module answers any more refuses the submission. */
	List<FieldProblem> check(ServiceManifest manifest, Nik applicant, Map<String, String> values, Locale locale) {
		FormContext context = new FormContext(manifest.code(), applicant, locale);
		String first = manifest.fields().stream().filter(f -> !f.fromRegistry()).map(FormField::name).findFirst()
			.orElse("");
		return manifest.checks().stream().flatMap(name -> {
			FormCheck check = checks.get(name);
			if (check == null) {
				return Stream.of(new FieldProblem(first, "services.field.checkUnavailable", name));
			}
			return check.check(context, Map.copyOf(values)).stream()
				.map(issue -> new FieldProblem(issue.field(), "services.field.external", issue.message()));
		}).toList();
	}
}
