package id.padu.services.internal;

import id.padu.organization.OrganizationDirectory;
import id.padu.organization.UnitRef;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a bundle must pass before it may be activated, all problems at once: the right files, a
 * readable {@code service.yml} with a sound form, a BPMN process Padu can run safely, an output template
 * that renders with sample data, and OPDs that exist in the current pemda.
 */
@Component
class BundleValidator {

	private static final Set<String> KNOWN = Set.of(ServiceBundle.MANIFEST, ServiceBundle.PROCESS, ServiceBundle.OUTPUT);

	private final OrganizationDirectory organization;
	private final OutputRenderer renderer;
	private final Fees fees;
	private final FormExtensions extensions;

	BundleValidator(OrganizationDirectory organization, OutputRenderer renderer, Fees fees, FormExtensions extensions) {
		this.organization = organization;
		this.renderer = renderer;
		this.fees = fees;
		this.extensions = extensions;
	}

	/** @throws InvalidBundleException with every problem found */
	ServiceBundle validate(Map<String, byte[]> files) {
		List<BundleProblem> problems = new ArrayList<>();
		files.keySet().stream().filter(name -> !KNOWN.contains(name)).sorted()
			.forEach(name -> problems.add(new BundleProblem(name, "", "services.bundle.problem.unknownFile")));
		byte[] yaml = files.get(ServiceBundle.MANIFEST);
		byte[] bpmn = files.get(ServiceBundle.PROCESS);
		byte[] output = files.get(ServiceBundle.OUTPUT);
		ServiceManifest manifest = null;
		if (yaml == null) {
			problems.add(new BundleProblem(ServiceBundle.MANIFEST, "", "services.bundle.problem.missingFile"));
		} else {
			manifest = ManifestParser.parse(yaml, problems);
		}
		if (bpmn == null) {
			problems.add(new BundleProblem(ServiceBundle.PROCESS, "", "services.bundle.problem.missingFile"));
		} else {
			BpmnRules.check(bpmn, manifest, problems).opdCodes().forEach(opd -> checkOpd(opd, ServiceBundle.PROCESS, problems));
		}
		String template = output == null ? null : new String(output, StandardCharsets.UTF_8);
		if (manifest != null) {
			checkOpd(manifest.opd(), ServiceBundle.MANIFEST, problems);
			fees.checkBundle(manifest, problems);
			checkExtensions(manifest, problems);
			checkTemplate(manifest, template, problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidBundleException(problems);
		}
		return ServiceBundle.of(manifest, yaml, bpmn, template);
	}

	private void checkOpd(String code, String file, List<BundleProblem> problems) {
		Optional<UnitRef> unit = organization.findUnit(code);
		if (unit.isEmpty() || !unit.get().active() || !unit.get().kind().isOpd()) {
			problems.add(new BundleProblem(file, "opd", "services.bundle.problem.opd", code));
		}
	}

	/** Run-time options and form checks must name something a module of this installation answers. */
	private void checkExtensions(ServiceManifest manifest, List<BundleProblem> problems) {
		for (int i = 0; i < manifest.fields().size(); i++) {
			String from = manifest.fields().get(i).optionsFrom();
			if (from != null && !extensions.hasSource(from)) {
				problems.add(new BundleProblem(ServiceBundle.MANIFEST, "form[" + i + "].options.from",
						"services.bundle.problem.optionsSource", from));
			}
		}
		for (int i = 0; i < manifest.checks().size(); i++) {
			if (!extensions.hasCheck(manifest.checks().get(i))) {
				problems.add(new BundleProblem(ServiceBundle.MANIFEST, "checks[" + i + "]",
						"services.bundle.problem.check", manifest.checks().get(i)));
			}
		}
	}

	private void checkTemplate(ServiceManifest manifest, String template, List<BundleProblem> problems) {
		if (manifest.output() == null) {
			if (template != null) {
				problems.add(new BundleProblem(ServiceBundle.OUTPUT, "", "services.bundle.problem.outputWithoutSpec"));
			}
			return;
		}
		if (template == null) {
			problems.add(new BundleProblem(ServiceBundle.OUTPUT, "", "services.bundle.problem.missingFile"));
			return;
		}
		try {
			renderer.render(template, OutputModel.sample(manifest));
		} catch (OutputRenderer.OutputTemplateException e) {
			problems.add(new BundleProblem(ServiceBundle.OUTPUT, "", "services.bundle.problem.template", e.getMessage()));
		}
	}
}
