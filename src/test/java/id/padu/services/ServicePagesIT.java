package id.padu.services;

import id.padu.services.ServicesFixture.Citizen;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.padu.services.ServicesFixture.PINDAH;
import static org.assertj.core.api.Assertions.assertThat;

/** The pages: public catalog and tracking, the citizen's form and application, the officer's queue, admin pages. */
@PaduIntegrationTest
class ServicePagesIT {

	static final Pattern APPLICATION = Pattern.compile("/warga/permohonan/([0-9a-f-]{36})");
	static final Pattern TRACKING = Pattern.compile("id=\"tracking-number\">([2-9A-Z-]{14})<");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void theCatalogAndAServiceAreExplainedInPlainIndonesian() {
		WebClient anyone = WebClient.anonymous(port);
		assertThat(anyone.get("/layanan").body()).contains("Surat Keterangan Pindah").contains("3 hari kerja")
			.contains("Gratis");
		String page = anyone.get("/layanan/" + PINDAH).body();
		assertThat(page).contains("Dinas Kependudukan dan Pencatatan Sipil").contains("Surat pengantar pindah")
			.contains("/warga/layanan/" + PINDAH);
		assertThat(anyone.get("/layanan/tidak-ada").statusCode()).isEqualTo(404);
		assertThat(anyone.get("/layanan/wilayah?induk=36.71").body()).contains("value=\"36.71.01\"").contains("Tangerang");
		assertThat(anyone.get("/warga/layanan/" + PINDAH).statusCode()).isEqualTo(302);
	}

	@Test
	void aCitizenAppliesOnTheFormFixesItAndTracksIt() {
		Citizen citizen = ServicesFixture.citizen(jdbc, encoder, ServicesFixture.TANGERANG);
		WebClient warga = WebClient.signedIn(port, citizen.username());
		String form = warga.get("/warga/layanan/" + PINDAH).body();
		assertThat(form).contains("Dewi Anggraini").contains(citizen.nik()).contains("Jl. Layanan No. 3")
			.contains("value=\"" + citizen.childNik() + "\"").contains("name=\"tujuanKelurahan\"")
			.doesNotContain("name=\"nama\"");

		HttpResponse<String> invalid = postForm(warga, "/warga/layanan/" + PINDAH, Map.of("idempotencyKey", "k-" + UUID.randomUUID()),
				List.of(), false);
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("Ada isian yang perlu diperbaiki").contains("Wajib diisi.");

		String key = UUID.randomUUID().toString();
		HttpResponse<String> sent = postForm(warga, "/warga/layanan/" + PINDAH, fields(key, ServicesFixture.OUT_OF_CITY),
				List.of(citizen.nik(), citizen.childNik()), true);
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		Matcher id = APPLICATION.matcher(sent.headers().firstValue("Location").orElse(""));
		assertThat(id.find()).isTrue();
		assertThat(postForm(warga, "/warga/layanan/" + PINDAH, fields(key, ServicesFixture.OUT_OF_CITY),
				List.of(citizen.nik(), citizen.childNik()), true).headers().firstValue("Location").orElse(""))
			.contains(id.group(1));

		String mine = warga.get("/warga/permohonan/" + id.group(1)).body();
		assertThat(mine).contains("Diajukan").contains("Kelurahan Ciater").contains("Pekerjaan");
		Matcher tracking = TRACKING.matcher(mine);
		assertThat(tracking.find()).isTrue();
		assertThat(warga.get("/warga/permohonan").body()).contains(tracking.group(1));

		WebClient petugas = WebClient.signedIn(port, "petugas");
		String queue = petugas.get("/kantor/layanan/tugas").body();
		assertThat(queue).contains(tracking.group(1)).contains("Verifikasi berkas");
		String taskId = ServicesFixture.taskOf(petugas, id.group(1)).get("id").asString();
		String task = petugas.get("/kantor/layanan/tugas/" + taskId).body();
		assertThat(task).contains("Dewi Anggraini").contains("Kembalikan ke pemohon").doesNotContain("passphrase");
		assertThat(petugas.get("/kantor").body()).contains("Permohonan layanan");
		String csrf = petugas.csrfToken("/kantor/layanan/tugas/" + taskId);
		assertThat(petugas.post("/kantor/layanan/tugas/" + taskId + "/ambil", "_csrf=" + csrf).statusCode()).isEqualTo(302);
		HttpResponse<String> decided = petugas.post("/kantor/layanan/tugas/" + taskId + "/keputusan",
				"decision=revise&note=Mohon+unggah+surat+pengantar+yang+ditandatangani.&_csrf=" + csrf);
		assertThat(decided.headers().firstValue("Location").orElse("")).endsWith("/kantor/layanan/tugas");

		String revise = warga.get("/warga/permohonan/" + id.group(1)).body();
		assertThat(revise).contains("Perlu perbaikan").contains("Mohon unggah surat pengantar").contains("revise-form");
		HttpResponse<String> fixed = postForm(warga, "/warga/permohonan/" + id.group(1) + "/perbaikan",
				fields(null, ServicesFixture.IN_CITY), List.of(citizen.nik()), true);
		assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(302);
		assertThat(warga.get("/warga/permohonan/" + id.group(1)).body()).contains("Sedang diproses")
			.contains("Perbaikan dikirim pemohon");

		WebClient anyone = WebClient.anonymous(port);
		assertThat(anyone.get("/lacak?nomor=" + tracking.group(1).toLowerCase().replace("-", "")).headers()
			.firstValue("Location").orElse("")).endsWith("/lacak/" + tracking.group(1));
		HttpResponse<String> tracked = anyone.get("/lacak/" + tracking.group(1));
		assertThat(tracked.statusCode()).isEqualTo(200);
		assertThat(tracked.body()).contains("Sedang diproses").contains("Verifikasi berkas")
			.doesNotContain("Dewi").doesNotContain(citizen.nik()).doesNotContain("Mohon unggah");
		HttpResponse<String> unknown = anyone.get("/lacak/ZZZZ-ZZZZ-ZZZZ");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("tidak ditemukan");
	}

	@Test
	void adminsSeeBundleVersionsAndKeepTheHolidayCalendar() {
		WebClient admin = WebClient.signedIn(port, "admin");
		assertThat(admin.get("/kantor/layanan/paket").body()).contains(PINDAH).contains("bawaan Padu");
		String csrf = admin.csrfToken("/kantor/layanan/hari-libur");
		assertThat(admin.get("/kantor/layanan/hari-libur?tahun=2026").body()).contains("Hari Suci Nyepi")
			.contains("Cuti bersama");
		LocalDate day = LocalDate.of(2040 + ThreadLocalRandom.current().nextInt(50), 1 + ThreadLocalRandom.current()
			.nextInt(12), 1 + ThreadLocalRandom.current().nextInt(28));
		HttpResponse<String> added = admin.post("/kantor/layanan/hari-libur",
				"date=" + day + "&name=HUT+Kota+Tangerang&kind=LIBUR_DAERAH&_csrf=" + csrf);
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(admin.get("/kantor/layanan/hari-libur?tahun=" + day.getYear()).body()).contains("HUT Kota Tangerang");
		assertThat(admin.post("/kantor/layanan/hari-libur", "date=" + day + "&name=Lagi&kind=LIBUR_DAERAH&_csrf=" + csrf)
			.body()).contains("sudah ada");
		assertThat(WebClient.signedIn(port, "petugas").get("/kantor/layanan/paket").statusCode()).isEqualTo(403);
	}

	private static Map<String, String> fields(String key, String kelurahan) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		if (key != null) {
			fields.put("idempotencyKey", key);
		}
		fields.put("tujuanKelurahan", kelurahan);
		fields.put("tujuanAlamat", "Jl. Baru No. 9");
		fields.put("tujuanRt", "001");
		fields.put("tujuanRw", "002");
		fields.put("alasan", "pekerjaan");
		fields.put("tanggalPindah", LocalDate.now().plusDays(10).toString());
		return fields;
	}

	/** A multipart page form with the page's CSRF token, family members as repeated fields and the PDF. */
	private static HttpResponse<String> postForm(WebClient client, String path, Map<String, String> fields,
			List<String> members, boolean withFile) {
		String boundary = "----padu" + UUID.randomUUID();
		List<String[]> parts = new ArrayList<>();
		fields.forEach((k, v) -> parts.add(new String[] { k, v }));
		members.forEach(nik -> parts.add(new String[] { "anggota", nik }));
		parts.add(new String[] { "_csrf", client.csrfToken("/warga") });
		StringBuilder body = new StringBuilder();
		for (String[] part : parts) {
			body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(part[0])
				.append("\"\r\n\r\n").append(part[1]).append("\r\n");
		}
		if (withFile) {
			body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"suratPengantar\"; ")
				.append("filename=\"pengantar.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").append(ServicesFixture.PDF)
				.append("\r\n");
		}
		body.append("--").append(boundary).append("--\r\n");
		return client.send("POST", path, "multipart/form-data; boundary=" + boundary, body.toString());
	}
}
