package id.padu.registry.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The API's JSON for change requests and field history. A request lists the names of the fields it
 * changes, not their values: those are personal data, read through the history with a purpose.
 */
final class ChangeRequestJson {

	private ChangeRequestJson() {
	}

	static Map<String, Object> request(ChangeRequestViews.RequestView r) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", r.id().toString());
		json.put("nik", r.nik());
		json.put("status", r.status().name());
		json.put("fields", r.items().stream().map(i -> i.field().apiName()).toList());
		json.put("reason", r.reason());
		json.put("documentName", r.documentName());
		json.put("requestedBy", r.requestedBy());
		json.put("requestedByName", r.requestedByName());
		json.put("requestedAt", r.requestedAt().toString());
		json.put("decidedBy", r.decidedBy());
		json.put("decidedByName", r.decidedByName());
		json.put("decidedAt", Objects.toString(r.decidedAt(), null));
		json.put("note", r.decisionNote());
		json.put("link", "/kantor/perbaikan/" + r.id());
		return json;
	}

	static Map<String, Object> history(ChangeRequestViews.ResidentHistory h) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("nik", h.nik());
		json.put("registeredAt", h.registeredAt().toString());
		List<Map<String, Object>> fields = h.fields().stream().map(f -> {
			Map<String, Object> field = new LinkedHashMap<>();
			field.put("field", f.field().apiName());
			field.put("initialValue", f.initialValue());
			field.put("currentValue", f.currentValue());
			field.put("changes", f.changes().stream().map(ChangeRequestJson::change).toList());
			return field;
		}).toList();
		json.put("fields", fields);
		return json;
	}

	private static Map<String, Object> change(ChangeRequestViews.FieldChangeView c) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("oldValue", c.oldValue());
		json.put("newValue", c.newValue());
		json.put("changedAt", c.changedAt().toString());
		json.put("requestedBy", c.requestedBy());
		json.put("requestedByName", c.requestedByName());
		json.put("approvedBy", c.approvedBy());
		json.put("approvedByName", c.approvedByName());
		json.put("reason", c.reason());
		json.put("changeRequestId", c.changeRequestId().toString());
		json.put("link", "/kantor/perbaikan/" + c.changeRequestId());
		return json;
	}
}
