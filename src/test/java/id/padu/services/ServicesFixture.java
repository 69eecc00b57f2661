package id.padu.services;

import id.padu.support.WebClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh citizen per test: a mother and her son on a new Kartu Keluarga in Kelurahan Cipondoh, written
 * straight to the tables like an import would, and a confirmed citizen account for the mother (password
 * {@code padu-demo}), so no test touches another's data. Plus the requests tests repeat.
 */
public final class ServicesFixture {

	public static final JsonMapper JSON = JsonMapper.builder().build();
	public static final String TANGERANG = "kota-tangerang";
	public static final String PINDAH = "surat-keterangan-pindah";
	public static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
	/** Kelurahan Ciater, Kota Tangerang Selatan: outside Kota Tangerang. */
	public static final String OUT_OF_CITY = "36.74.01.1001";
	/** Kelurahan Sukasari, Kecamatan Tangerang: inside Kota Tangerang. */
	public static final String IN_CITY = "36.71.01.1001";

	public record Citizen(String username, String nik, String childNik, String kk) {
	}

	private ServicesFixture() {
	}

	public static Citizen citizen(JdbcClient jdbc, PasswordEncoder encoder, String tenant) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate born = LocalDate.of(1975 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
		String nik = String.format("367105%02d%02d%02d%04d", born.getDayOfMonth() + 40, born.getMonthValue(),
				born.getYear() % 100, 1000 + random.nextInt(9000));
		LocalDate childBorn = LocalDate.of(2012 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28));
		String child = String.format("367105%02d%02d%02d%04d", childBorn.getDayOfMonth(), childBorn.getMonthValue(),
				childBorn.getYear() % 100, 1000 + random.nextInt(9000));
		String kk;
		do {
			// A number nobody in the (shared, kept between tests) database holds: 162,000 numbers of one issue month
			// collided once in a CI run, so the issue date varies over sixteen years too.
			kk = String.format("367105%02d%02d%02d%04d", 1 + random.nextInt(28), 1 + random.nextInt(12),
					10 + random.nextInt(16), 1000 + random.nextInt(9000));
		} while (jdbc.sql("select count(*) from family where tenant_id = ? and nomor_kk = ?").params(tenant, kk)
			.query(Long.class).single() > 0);
		jdbc.sql("""
				insert into family (id, tenant_id, version, nomor_kk, issued_on, street, rt, rw, kelurahan_kode)
				values (?, ?, 0, ?, ?, 'Jl. Layanan No. 3', '004', '006', '36.71.05.1001')""")
			.params(UUID.randomUUID(), tenant, kk, LocalDate.of(2019, 1, 15)).update();
		resident(jdbc, tenant, nik, "Dewi Anggraini " + nik.substring(12), born, "P", kk, "KEPALA_KELUARGA");
		resident(jdbc, tenant, child, "Bima Anggraini " + child.substring(12), childBorn, "L", kk, "ANAK");
		String username = "warga" + nik;
		jdbc.sql("""
				insert into account (id, tenant_id, version, username, password_hash, display_name, email, nik, kind, enabled,
				  email_verified_at, failed_logins, created_at, language)
				values (?, ?, 0, ?, ?, ?, ?, ?, 'CITIZEN', true, ?, 0, ?, 'id')""")
			.params(UUID.randomUUID(), tenant, username, encoder.encode("padu-demo"), "Dewi Anggraini",
					username + "@contoh.id", nik, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()))
			.update();
		jdbc.sql("insert into account_role (account_id, role) select id, 'CITIZEN' from account where username = ?")
			.param(username).update();
		return new Citizen(username, nik, child, kk);
	}

	private static void resident(JdbcClient jdbc, String tenant, String nik, String name, LocalDate born, String gender,
			String kk, String relationship) {
		jdbc.sql("""
				insert into resident (id, tenant_id, version, nik, full_name, birth_place, birth_date, gender, blood_type,
				  religion, marital_status, occupation, education, citizenship, street, rt, rw, kelurahan_kode, phone, email,
				  status, nomor_kk, family_relationship, registered_at)
				values (?, ?, 0, ?, ?, 'Tangerang', ?, ?, 'TIDAK_TAHU', 'ISLAM', 'BELUM_KAWIN', 'Karyawan Swasta',
				  'SLTA/Sederajat', 'WNI', 'Jl. Layanan No. 3', '004', '006', '36.71.05.1001', null, null, 'HIDUP', ?,
				  ?, ?)""")
			.params(UUID.randomUUID(), tenant, nik, name, born, gender, kk, relationship,
					Timestamp.from(Instant.parse("2024-01-02T03:00:00Z")))
			.update();
	}

	/** Uploads the small PDF as the citizen; returns its SHA-256. */
	public static String upload(WebClient client) {
		String boundary = "----padu" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"pengantar.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n" + PDF + "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> response = client.send("POST", "/api/v1/applications/files",
				"multipart/form-data; boundary=" + boundary, body, "X-CSRF-TOKEN", client.csrfToken("/warga"));
		if (response.statusCode() != 201) {
			throw new IllegalStateException("Upload failed: " + response.statusCode() + " " + response.body());
		}
		return json(response).get("sha256").asString();
	}

	/** A complete application for surat-keterangan-pindah. */
	public static Map<String, Object> pindah(Citizen citizen, String kelurahan, String document, boolean withChild) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("anggota", withChild ? java.util.List.of(citizen.nik(), citizen.childNik()) : java.util.List.of(citizen.nik()));
		data.put("tujuanKelurahan", kelurahan);
		data.put("tujuanAlamat", "Jl. Baru No. 9");
		data.put("tujuanRt", "001");
		data.put("tujuanRw", "002");
		data.put("alasan", "pekerjaan");
		data.put("tanggalPindah", LocalDate.now().plusDays(14).toString());
		data.put("suratPengantar", document);
		return data;
	}

	public static HttpResponse<String> apply(WebClient client, String service, Map<String, Object> data, String key,
			String... headers) {
		String body = JSON.writeValueAsString(Map.of("serviceCode", service, "data", data));
		String[] all = new String[headers.length + 2];
		all[0] = "Idempotency-Key";
		all[1] = key;
		System.arraycopy(headers, 0, all, 2, headers.length);
		return client.send("POST", "/api/v1/applications", "application/json", body, all);
	}

	public static HttpResponse<String> decide(WebClient client, String taskId, String decision, String note,
			String passphrase) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("decision", decision);
		body.put("note", note);
		body.put("passphrase", passphrase);
		return client.send("POST", "/api/v1/tasks/" + taskId + "/complete", "application/json",
				JSON.writeValueAsString(body));
	}

	/** The open task of an application in someone's queue, or null. */
	public static JsonNode taskOf(WebClient client, String applicationId) {
		for (JsonNode task : json(client.get("/api/v1/tasks"))) {
			if (task.get("applicationId").asString().equals(applicationId)) {
				return task;
			}
		}
		return null;
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}
}
