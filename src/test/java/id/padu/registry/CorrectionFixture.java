package id.padu.registry;

import id.padu.support.WebClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh resident per test, written straight to the tables like an import would (so no other test's
 * data is touched), and multipart requests for the correction API.
 */
final class CorrectionFixture {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String TANGERANG = "kota-tangerang";
	static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

	record Person(String nik, String name, LocalDate born, String kk) {
	}

	private CorrectionFixture() {
	}

	/** A woman in Kelurahan Cipondoh (36.71.05.1001), RT 001/RW 002, with a serial no generator uses. */
	static Person person(JdbcClient jdbc, String name) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate born = LocalDate.of(1970 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
		String nik = String.format("367105%02d%02d%02d%04d", born.getDayOfMonth() + 40, born.getMonthValue(),
				born.getYear() % 100, 5000 + random.nextInt(5000));
		String kk;
		do {
			// Numbers nobody holds yet: a database kept between runs fills this range over time.
			kk = String.format("367105150120%04d", 5000 + random.nextInt(5000));
		} while (count(jdbc, "select count(*) from family where tenant_id = ? and nomor_kk = ?", TANGERANG, kk) > 0);
		jdbc.sql("""
				insert into family (id, tenant_id, version, nomor_kk, issued_on, street, rt, rw, kelurahan_kode)
				values (?, ?, 0, ?, ?, 'Jl. Perbaikan No. 7', '001', '002', '36.71.05.1001')""")
			.params(UUID.randomUUID(), TANGERANG, kk, LocalDate.of(2020, 1, 15)).update();
		jdbc.sql("""
				insert into resident (id, tenant_id, version, nik, full_name, birth_place, birth_date, gender, blood_type,
				  religion, marital_status, occupation, education, citizenship, street, rt, rw, kelurahan_kode, phone, email,
				  status, nomor_kk, family_relationship, registered_at)
				values (?, ?, 0, ?, ?, 'Tangerang', ?, 'P', 'TIDAK_TAHU', 'ISLAM', 'BELUM_KAWIN', 'Karyawan Swasta',
				  'SLTA/Sederajat', 'WNI', 'Jl. Perbaikan No. 7', '001', '002', '36.71.05.1001', null, null, 'HIDUP', ?,
				  'KEPALA_KELUARGA', ?)""")
			.params(UUID.randomUUID(), TANGERANG, nik, name, born, kk, Timestamp.from(Instant.parse("2024-01-02T03:00:00Z")))
			.update();
		return new Person(nik, name, born, kk);
	}

	/** POST /api/v1/residents/{nik}/change-requests as multipart; {@code file} may be null (no document part). */
	static HttpResponse<String> submit(WebClient client, String nik, String changesJson, String reason, String fileName,
			String file, String... query) {
		String boundary = "----padu" + UUID.randomUUID();
		StringBuilder body = new StringBuilder();
		for (Map.Entry<String, String> part : Map.of("changes", changesJson, "reason", reason).entrySet()) {
			if (part.getValue() != null) {
				body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(part.getKey())
					.append("\"\r\n\r\n").append(part.getValue()).append("\r\n");
			}
		}
		if (file != null) {
			body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"document\"; filename=\"")
				.append(fileName).append("\"\r\nContent-Type: application/pdf\r\n\r\n").append(file).append("\r\n");
		}
		body.append("--").append(boundary).append("--\r\n");
		String path = "/api/v1/residents/" + nik + "/change-requests" + (query.length > 0 ? "?" + query[0] : "");
		// A browser sends the page's CSRF token with a multipart API call on the session (ApiCsrfPolicy).
		return client.send("POST", path, "multipart/form-data; boundary=" + boundary, body.toString(),
				"X-CSRF-TOKEN", client.csrfToken("/"));
	}

	/** A multipart page form: fields in order, then the document. */
	static HttpResponse<String> postForm(WebClient client, String path, Map<String, String> fields, String fileName,
			String file) {
		String boundary = "----padu" + UUID.randomUUID();
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
			.append(name).append("\"\r\n\r\n").append(value == null ? "" : value).append("\r\n"));
		body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"document\"; filename=\"")
			.append(fileName == null ? "" : fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.append(file == null ? "" : file).append("\r\n--").append(boundary).append("--\r\n");
		return client.send("POST", path, "multipart/form-data; boundary=" + boundary, body.toString());
	}

	static String changes(String field, String value) {
		return "[{\"field\":\"" + field + "\",\"newValue\":\"" + value + "\"}]";
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** POST the decision as JSON; {@code query} such as {@code lang=en}. */
	static HttpResponse<String> decide(WebClient client, String id, String decision, String note, String... query) {
		String body = note == null ? "{\"decision\":\"" + decision + "\"}"
				: "{\"decision\":\"" + decision + "\",\"note\":\"" + note + "\"}";
		return client.send("POST", "/api/v1/change-requests/" + id + "/decision" + (query.length > 0 ? "?" + query[0] : ""),
				"application/json", body);
	}

	static String name(JdbcClient jdbc, String nik) {
		return jdbc.sql("select full_name from resident where tenant_id = ? and nik = ?").params(TANGERANG, nik)
			.query(String.class).single();
	}

	static long count(JdbcClient jdbc, String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}
}
