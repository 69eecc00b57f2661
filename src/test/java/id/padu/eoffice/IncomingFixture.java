package id.padu.eoffice;

import id.padu.support.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

/** Registering, disposing and reporting through the real API, as the secretariat and the officials would. */
public final class IncomingFixture {

	public static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private IncomingFixture() {
	}

	public static String metadata(String subject, String security, String classification) {
		return """
				{"senderName":"Kementerian Dalam Negeri","senderAddress":"Jl. Medan Merdeka Utara No. 7, Jakarta",
				 "letterNumber":"470/%s/Dukcapil","letterDate":"%s","subject":"%s","classificationCode":%s,
				 "urgency":"SEGERA","securityClass":"%s","recipientOpd":"disdukcapil"}"""
			.formatted(UUID.randomUUID().toString().substring(0, 6), LocalDate.now().minusDays(2), subject,
					classification == null ? "null" : "\"" + classification + "\"", security);
	}

	/** {@code POST /api/v1/incoming-letters} as multipart: the metadata part and a scan with the given content. */
	public static HttpResponse<String> registerWithScan(WebClient client, String metadata, String fileName, String content) {
		String boundary = "----padu" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + metadata + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return client.send("POST", "/api/v1/incoming-letters", "multipart/form-data; boundary=" + boundary, body,
				"X-CSRF-TOKEN", client.csrfToken("/kantor"));
	}

	/** Registers a letter without a scan (JSON) and answers its id. */
	public static String register(WebClient client, String subject, String security) {
		HttpResponse<String> made = client.send("POST", "/api/v1/incoming-letters", "application/json",
				metadata(subject, security, "100"));
		if (made.statusCode() != 201) {
			throw new IllegalStateException("Registration failed: " + made.statusCode() + " " + made.body());
		}
		return json(made).get("id").asString();
	}

	public static HttpResponse<String> dispose(WebClient client, String letterId, String body) {
		return client.send("POST", "/api/v1/incoming-letters/" + letterId + "/dispositions", "application/json", body);
	}

	public static HttpResponse<String> followUp(WebClient client, String letterId, String dispositionId, String note,
			String fileName, String content) {
		String boundary = "----padu" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n" + note + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"" + fileName + "\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return client.send("POST", "/api/v1/incoming-letters/" + letterId + "/dispositions/" + dispositionId
				+ "/follow-up", "multipart/form-data; boundary=" + boundary, body, "X-CSRF-TOKEN",
				client.csrfToken("/kantor"));
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}
}
