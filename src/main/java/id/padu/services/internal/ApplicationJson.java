package id.padu.services.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of applications: the applicant's and staff's full view, and the public tracking view. */
final class ApplicationJson {

	private ApplicationJson() {
	}

	static Map<String, Object> created(ServiceApplication a) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", a.getId().toString());
		json.put("trackingNumber", a.trackingNumber());
		json.put("status", a.status().name());
		return json;
	}

	static Map<String, Object> full(ServiceApplication a, String serviceName, int version, List<ApplicationEvent> events) {
		Map<String, Object> json = created(a);
		json.put("serviceCode", a.serviceCode());
		json.put("serviceName", serviceName);
		json.put("version", version);
		json.put("submittedAt", a.submittedAt().toString());
		json.put("dueAt", a.dueAt().toString());
		json.put("completedAt", a.completedAt() == null ? null : a.completedAt().toString());
		json.put("note", a.note());
		json.put("data", FormData.read(a.data()));
		json.put("results", a.results());
		json.put("issuedDocumentId", a.issuedDocumentId() == null ? null : a.issuedDocumentId().toString());
		json.put("output", a.issuedDocumentId() == null ? null : "/api/v1/applications/" + a.getId() + "/output");
		json.put("timeline", events.stream().map(e -> event(e, true)).toList());
		return json;
	}

	/** What anyone with the number may see: no names, no notes, no entered values, no staff. */
	static Map<String, Object> tracking(ServiceApplication a, String serviceName, List<ApplicationEvent> events) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("trackingNumber", a.trackingNumber());
		json.put("serviceCode", a.serviceCode());
		json.put("serviceName", serviceName);
		json.put("status", a.status().name());
		json.put("submittedAt", a.submittedAt().toString());
		json.put("dueAt", a.dueAt().toString());
		json.put("completedAt", a.completedAt() == null ? null : a.completedAt().toString());
		json.put("timeline", events.stream().map(e -> event(e, false)).toList());
		return json;
	}

	private static Map<String, Object> event(ApplicationEvent e, boolean withNotes) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", e.type().name());
		json.put("step", e.step());
		json.put("decision", e.decision());
		json.put("at", e.happenedAt().toString());
		if (withNotes) {
			json.put("note", e.note());
			json.put("by", e.actor());
		}
		return json;
	}
}
