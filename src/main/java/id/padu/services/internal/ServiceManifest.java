package id.padu.services.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bundle's {@code service.yml}: what the service is, who is responsible, how long it may take (working
 * days, whole service and per step), what it costs, which documents the applicant brings, what it
 * produces and the form. {@code output} is null for a service without a signed document. {@code checks} names
 * the {@link id.padu.services.FormCheck}s of other modules that every submission must pass.
 */
record ServiceManifest(String code, int version, LocalizedText name, LocalizedText description, String opd,
		int slaWorkingDays, Map<String, Integer> stepSla, FeeRule fee, List<LocalizedText> requiredDocuments,
		OutputSpec output, List<FormField> fields, List<String> checks) {

	ServiceManifest {
		stepSla = Map.copyOf(stepSla);
		requiredDocuments = List.copyOf(requiredDocuments);
		fields = List.copyOf(fields);
		checks = checks == null ? List.of() : List.copyOf(checks);
	}

	Optional<FormField> field(String name) {
		return fields.stream().filter(f -> f.name().equals(name)).findFirst();
	}

	/** Working days a step (BPMN user task id) may take; the whole service's SLA when not given. */
	int slaOf(String stepId) {
		return stepSla.getOrDefault(stepId, slaWorkingDays);
	}
}
