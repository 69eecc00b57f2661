package id.padu.services.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The entered values of an application as stored (JSON object of strings) and the fingerprint of a request. */
final class FormData {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private FormData() {
	}

	static String write(Map<String, String> values) {
		return JSON.writeValueAsString(new TreeMap<>(values));
	}

	static Map<String, String> read(String json) {
		try {
			return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
			});
		} catch (JacksonException e) {
			throw new IllegalStateException("Stored application data is not a JSON object of strings", e);
		}
	}

	/** SHA-256 of the service code and the request's values in name order: the same request, the same value. */
	static String fingerprint(String serviceCode, Map<String, ?> input) {
		StringBuilder canonical = new StringBuilder(serviceCode).append('\n');
		new TreeMap<>(input).forEach((name, value) -> canonical.append(name).append('=')
			.append(FormRules.text(value) == null ? "" : FormRules.text(value)).append('\n'));
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
