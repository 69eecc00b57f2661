package id.padu.eoffice;

import id.padu.support.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Drafting, submitting, reviewing and signing letters through the API, for the e-office tests. */
final class LettersFixture {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String PASSPHRASE = "padu-demo";

	private LettersFixture() {
	}

	/** A nota dinas from the caller to kabid, signed by kadis, with the given reviewers. */
	static Map<String, Object> notaDinas(String subject, List<String> reviewers) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "nota-dinas");
		body.put("classificationCode", "400");
		body.put("subject", subject);
		body.put("body", "<p>Dengan hormat, mohon <b>segera</b> ditindaklanjuti.</p><script>alert(1)</script>");
		body.put("signerUsername", "kadis");
		body.put("reviewerUsernames", reviewers);
		body.put("recipients", List.of(Map.of("username", "kabid")));
		return body;
	}

	static HttpResponse<String> create(WebClient client, Map<String, Object> body) {
		return client.send("POST", "/api/v1/letters", "application/json", JSON.writeValueAsString(body));
	}

	static String created(WebClient client, Map<String, Object> body) {
		HttpResponse<String> response = create(client, body);
		if (response.statusCode() != 201) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return json(response).get("id").asString();
	}

	static HttpResponse<String> submit(WebClient client, String id) {
		return client.send("POST", "/api/v1/letters/" + id + "/submit", "application/json", "{}");
	}

	static HttpResponse<String> review(WebClient client, String id, String decision, String note) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("decision", decision);
		body.put("note", note);
		return client.send("POST", "/api/v1/letters/" + id + "/review", "application/json", JSON.writeValueAsString(body));
	}

	static HttpResponse<String> sign(WebClient client, String id, String passphrase) {
		return client.send("POST", "/api/v1/letters/" + id + "/sign", "application/json",
				JSON.writeValueAsString(Map.of("passphrase", passphrase)));
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}
}
