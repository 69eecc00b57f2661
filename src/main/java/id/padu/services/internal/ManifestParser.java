package id.padu.services.internal;

import id.padu.identity.Role;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code service.yml} (safe YAML: plain maps, lists and scalars, no object construction) into a
 * {@link ServiceManifest}, collecting every problem. The form's own rules are checked by {@link FormRules}.
 */
final class ManifestParser {

	static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	private ManifestParser() {
	}

	/**
	 * The manifest, or null when its core (code, version, name, OPD, SLA) is unusable. A manifest with lesser
	 * problems is still returned, so the other files are checked against it too and the admin sees everything
	 * at once; the problems list decides whether the bundle may be activated.
	 */
	static ServiceManifest parse(byte[] yaml, List<BundleProblem> problems) {
		YamlReader r = new YamlReader(ServiceBundle.MANIFEST, problems);
		Object root;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			options.setMaxAliasesForCollections(10);
			root = new Yaml(new SafeConstructor(options)).load(new String(yaml, StandardCharsets.UTF_8));
		} catch (YAMLException e) {
			r.problem("", "services.bundle.problem.yaml", firstLine(e.getMessage()));
			return null;
		}
		if (!(root instanceof Map<?, ?> m)) {
			r.problem("", "services.bundle.problem.notMap");
			return null;
		}
		String code = r.text(m, "code", "", true);
		if (code != null && (code.length() > 60 || !CODE.matcher(code).matches())) {
			r.problem("code", "services.bundle.problem.code");
		}
		Integer version = r.integer(m, "version", "", true, 1, 100_000);
		LocalizedText name = r.localized(m, "name", "", true);
		LocalizedText description = r.localized(m, "description", "", false);
		String opd = r.text(m, "opd", "", true);
		Map<String, Integer> steps = new LinkedHashMap<>();
		Integer sla = sla(r, m, steps);
		FeeRule fee = FeeParser.parse(r, m);
		List<LocalizedText> documents = new ArrayList<>();
		List<?> docs = r.list(m, "requiredDocuments", "");
		for (int i = 0; i < docs.size(); i++) {
			LocalizedText doc = r.localized(docs.get(i), "requiredDocuments[" + i + "]");
			if (doc != null) {
				documents.add(doc);
			}
		}
		OutputSpec output = output(r, m);
		List<FormField> fields = FormParser.fields(r, r.list(m, "form", ""));
		if (output != null) {
			checkOutputFields(r, output, fields);
		}
		FeeParser.checkUnitField(fee, fields, r);
		List<String> checks = checks(r, m);
		if (code == null || version == null || name == null || opd == null || sla == null) {
			return null;
		}
		return new ServiceManifest(code, version, name, description == null ? LocalizedText.EMPTY : description, opd,
				sla, steps, fee, documents, output, fields, checks);
	}

	/** {@code checks: [admission.application]}: names of other modules' form checks (known ones: {@link BundleValidator}). */
	private static List<String> checks(YamlReader r, Map<?, ?> m) {
		List<String> checks = new ArrayList<>();
		List<?> raw = r.list(m, "checks", "");
		for (int i = 0; i < raw.size(); i++) {
			String name = raw.get(i) == null ? "" : raw.get(i).toString();
			if (FormParser.SOURCE.matcher(name).matches()) {
				checks.add(name);
			} else {
				r.problem("checks[" + i + "]", "services.bundle.problem.check", name);
			}
		}
		return checks;
	}

	private static Integer sla(YamlReader r, Map<?, ?> m, Map<String, Integer> steps) {
		Map<?, ?> sla = r.map(m, "sla", "", true);
		if (sla == null) {
			return null;
		}
		Integer days = r.integer(sla, "workingDays", "sla", true, 1, 365);
		Map<?, ?> perStep = r.map(sla, "steps", "sla", false);
		if (perStep != null) {
			perStep.forEach((step, value) -> {
				Integer stepDays = r.integer(perStep, step.toString(), "sla.steps", true, 1, 365);
				if (stepDays != null) {
					steps.put(step.toString(), stepDays);
				}
			});
		}
		return days;
	}

	private static OutputSpec output(YamlReader r, Map<?, ?> m) {
		Map<?, ?> output = r.map(m, "output", "", false);
		if (output == null) {
			return null;
		}
		String type = r.text(output, "documentType", "output", true);
		String title = r.text(output, "title", "output", false);
		String format = r.text(output, "numberFormat", "output", true);
		if (format != null) {
			DocumentNumberFormat.check(format).ifPresent(key -> r.problem("output.numberFormat", key));
		}
		String role = r.text(output, "signingRole", "output", true);
		Role signer = null;
		if (role != null) {
			try {
				signer = Role.valueOf(role);
			} catch (IllegalArgumentException e) {
				r.problem("output.signingRole", "services.bundle.problem.role", role);
			}
		}
		String layout = r.text(output, "layout", "output", false);
		if (layout != null && !layout.equals(OutputSpec.A4) && !layout.equals(OutputSpec.CARD)) {
			r.problem("output.layout", "services.bundle.problem.layout", layout);
		}
		String holder = r.text(output, "holder", "output", false);
		return type == null || format == null || signer == null ? null
				: new OutputSpec(type, title == null ? type : title, format, signer,
						OutputSpec.CARD.equals(layout) ? OutputSpec.CARD : OutputSpec.A4, holder);
	}

	/** The output's references to form fields: the holder and {@code {field:x}} in the number. */
	private static void checkOutputFields(YamlReader r, OutputSpec output, List<FormField> fields) {
		if (output.holder() != null && !output.holder().equals(OutputSpec.APPLICANT) && fields.stream()
			.noneMatch(f -> f.name().equals(output.holder()) && f.type() == FieldType.MEMBER && f.required())) {
			r.problem("output.holder", "services.bundle.problem.holder", output.holder());
		}
		for (String name : DocumentNumberFormat.fields(output.numberFormat())) {
			boolean usable = fields.stream().anyMatch(f -> f.name().equals(name) && f.type() == FieldType.SELECT
					&& f.required() && f.options().stream().allMatch(o -> DocumentNumberFormat.fitsNumber(o.value())));
			if (!usable) {
				r.problem("output.numberFormat", "services.bundle.problem.numberField", name);
			}
		}
	}

	static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		String line = message.strip().split("\\R", 2)[0];
		return line.length() > 300 ? line.substring(0, 300) : line;
	}
}
