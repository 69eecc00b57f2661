package id.padu.registry.internal;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code changes} part of an API request: a JSON array of {@code {"field", "newValue"}}. */
@Component
class ChangeRequestChanges {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	Map<String, String> parse(String text) {
		if (text == null || text.isBlank()) {
			return Map.of();
		}
		JsonNode array;
		try {
			array = JSON.readTree(text);
		} catch (JacksonException e) {
			throw invalid("registry.correction.changes.json");
		}
		if (!array.isArray()) {
			throw invalid("registry.correction.changes.json");
		}
		Map<String, String> wanted = new LinkedHashMap<>();
		for (JsonNode change : array) {
			JsonNode field = change.get("field");
			JsonNode value = change.get("newValue");
			if (field == null || !field.isString() || (value != null && !value.isNull() && !value.isValueNode())) {
				throw invalid("registry.correction.changes.json");
			}
			if (wanted.containsKey(field.asString())) {
				throw invalid("registry.correction.changes.duplicate");
			}
			wanted.put(field.asString(), value == null || value.isNull() ? null : value.asString());
		}
		return wanted;
	}

	private static InvalidCorrectionException invalid(String key) {
		return new InvalidCorrectionException(List.of(new CorrectionRules.Problem("changes", key)));
	}
}
