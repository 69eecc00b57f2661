package id.padu.services.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A validated bundle: the parsed manifest plus the raw files as deployed (BPMN and output template).
 * {@code outputTemplate} is null when the service produces no document. {@code expressionNames} are the names
 * the process's expressions mention: the only form fields the engine needs as process variables.
 */
record ServiceBundle(ServiceManifest manifest, byte[] manifestBytes, byte[] bpmn, String outputTemplate,
		Set<String> expressionNames) {

	static final String MANIFEST = "service.yml";
	static final String PROCESS = "process.bpmn20.xml";
	static final String OUTPUT = "output.html";

	static ServiceBundle of(ServiceManifest manifest, byte[] manifestBytes, byte[] bpmn, String outputTemplate) {
		return new ServiceBundle(manifest, manifestBytes, bpmn, outputTemplate,
				ExpressionRules.names(new String(bpmn, StandardCharsets.UTF_8)));
	}

	/**
	 * The values the process reads, as process variables: those its expressions name. Everything else stays in the
	 * application row only, where pages, steps and documents read it: each variable costs the engine a row.
	 */
	Map<String, Object> processVariables(Map<String, String> values) {
		Map<String, Object> read = new HashMap<>();
		values.forEach((name, value) -> {
			if (expressionNames.contains(name)) {
				read.put(name, value);
			}
		});
		return read;
	}

	String code() {
		return manifest.code();
	}

	int version() {
		return manifest.version();
	}
}
