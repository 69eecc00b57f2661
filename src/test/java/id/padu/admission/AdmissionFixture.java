package id.padu.admission;

import id.padu.identity.PaduUser;
import id.padu.identity.Role;
import id.padu.services.ServicesFixture;
import id.padu.shared.TenantId;
import id.padu.shared.web.Formats;
import id.padu.support.WebClient;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Data only one admission test uses: the shipped SMP bundle under a fresh code (so its period is the test's own),
 * a period of that code, schools with made-up NPSNs starting with 9 and seats per path, and families (a parent
 * with a citizen account and one child) written straight to the registry tables like an import.
 */
final class AdmissionFixture {

	static final String TANGERANG = "kota-tangerang";
	static final String SMP_FILES = "services/bundles/penerimaan-murid-baru-smp/";

	/** A parent (citizen account {@code username}, password padu-demo), the child and their Kartu Keluarga. */
	record Family(String username, String parentNik, String childNik, String childName, String kk) {
	}

	private AdmissionFixture() {
	}

	static LocalDate today() {
		return LocalDate.now(Formats.JAKARTA);
	}

	/** Uploads the SMP bundle under a fresh code as the admin; returns the code. */
	static String deploy(MockMvc mvc) throws Exception {
		String code = "uji-spmb-" + UUID.randomUUID().toString().substring(0, 8);
		MvcResult upload = upload(mvc, bundle(code, Map.of()));
		assertThat(upload.getResponse().getStatus()).as(upload.getResponse().getContentAsString()).isEqualTo(201);
		return code;
	}

	static MvcResult upload(MockMvc mvc, byte[] zip) throws Exception {
		PaduUser admin = new PaduUser(UUID.randomUUID(), TenantId.of(TANGERANG), "admin", "Uji", Set.of(Role.ADMIN), true,
				null, "x");
		return mvc.perform(multipart("/api/v1/service-bundles")
			.file(new MockMultipartFile("bundle", "spmb.zip", "application/zip", zip)).with(csrf())
			.with(authentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()))))
			.andReturn();
	}

	/** A zonasi application with one or two schools (the child is added by the caller). */
	static Map<String, Object> zonasi(String first, String second) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("jalur", "zonasi");
		data.put("pilihan1", first);
		if (second != null) {
			data.put("pilihan2", second);
		}
		data.put("telepon", "081234567890");
		return data;
	}

	/** A prestasi application; {@code sertifikat} is a placeholder the caller replaces with an upload. */
	static Map<String, Object> prestasi(String first, String second, int score) {
		Map<String, Object> data = zonasi(first, second);
		data.put("jalur", "prestasi");
		data.put("sertifikat", "CERT");
		data.put("nilaiPrestasi", score);
		return data;
	}

	/** Applies expecting a 400; the first problem of each field. */
	static Map<String, String> errors(WebClient client, String code, Map<String, Object> data) {
		HttpResponse<String> refused = ServicesFixture.apply(client, code, data, UUID.randomUUID().toString());
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		Map<String, String> errors = new HashMap<>();
		ServicesFixture.json(refused).get("errors")
			.forEach(e -> errors.putIfAbsent(e.get("field").asString(), e.get("message").asString()));
		return errors;
	}

	/** The SMP bundle as a zip under another code, with texts replaced. */
	static byte[] bundle(String code, Map<String, String> replacements) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : List.of("service.yml", "process.bpmn20.xml")) {
				zip.putNextEntry(new ZipEntry(name));
				String text = new ClassPathResource(SMP_FILES + name).getContentAsString(StandardCharsets.UTF_8)
					.replace("penerimaan-murid-baru-smp", code);
				for (var replacement : replacements.entrySet()) {
					text = text.replace(replacement.getKey(), replacement.getValue());
				}
				zip.write(text.getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/** An SMP period of the code: registration open since last week until today, announcement today. */
	static UUID period(JdbcClient jdbc, String code, int schoolYear) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into admission_period (id, tenant_id, version, service_code, school_year, level, opens_on, closes_on,
				  announcement_on, zonasi_percent, afirmasi_percent, mutasi_percent)
				values (?, ?, 0, ?, ?, 'SMP', ?, ?, ?, 40, 20, 5)""")
			.params(id, TANGERANG, code, schoolYear, today().minusDays(7), today(), today()).update();
		return id;
	}

	/** A school of the period with the given seats (zonasi, afirmasi, mutasi, prestasi); returns its NPSN. */
	static String school(JdbcClient jdbc, UUID period, String name, double lat, double lon, int... seats) {
		String npsn = "9" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
		UUID school = UUID.randomUUID();
		jdbc.sql("""
				insert into admission_school (id, tenant_id, version, npsn, name, level, address, kelurahan_kode, latitude,
				  longitude)
				values (?, ?, 0, ?, ?, 'SMP', 'Kel. Cikokol, Kec. Tangerang, Kota Tangerang', '36.71.01.1005', ?, ?)""")
			.params(school, TANGERANG, npsn, name, lat, lon).update();
		jdbc.sql("""
				insert into admission_quota (id, tenant_id, version, period_id, school_id, capacity, zonasi, afirmasi, mutasi,
				  prestasi)
				values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), TANGERANG, period, school, seats[0] + seats[1] + seats[2] + seats[3], seats[0],
					seats[1], seats[2], seats[3])
			.update();
		return npsn;
	}

	/** A mother and her child born on that day, on a new card in Kelurahan Cikokol, with a citizen account. */
	static Family family(JdbcClient jdbc, PasswordEncoder encoder, String childName, LocalDate childBorn) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate born = LocalDate.of(1980 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
		String parent = unused(jdbc, NIK_TAKEN, () -> String.format("367101%02d%02d%02d%04d",
				born.getDayOfMonth() + 40, born.getMonthValue(), born.getYear() % 100, 1000 + random.nextInt(9000)));
		// Many children share a birth date across the suite: only the serial differs, so look for a free one.
		String child = unused(jdbc, NIK_TAKEN, () -> String.format("367101%02d%02d%02d%04d",
				childBorn.getDayOfMonth(), childBorn.getMonthValue(), childBorn.getYear() % 100,
				1000 + random.nextInt(9000)));
		String kk = unused(jdbc, KK_TAKEN,
				() -> String.format("367101%02d0121%04d", 10 + random.nextInt(18), 1000 + random.nextInt(9000)));
		jdbc.sql("""
				insert into family (id, tenant_id, version, nomor_kk, issued_on, street, rt, rw, kelurahan_kode)
				values (?, ?, 0, ?, ?, 'Jl. Sekolah No. 5', '002', '003', '36.71.01.1005')""")
			.params(UUID.randomUUID(), TANGERANG, kk, LocalDate.of(2021, 1, 12)).update();
		resident(jdbc, parent, "Ratna Sari " + parent.substring(12), born, "P", kk, "KEPALA_KELUARGA");
		resident(jdbc, child, childName, childBorn, "L", kk, "ANAK");
		String username = "wargaspmb" + parent;
		jdbc.sql("""
				insert into account (id, tenant_id, version, username, password_hash, display_name, email, nik, kind, enabled,
				  email_verified_at, failed_logins, created_at, language)
				values (?, ?, 0, ?, ?, ?, ?, ?, 'CITIZEN', true, ?, 0, ?, 'id')""")
			.params(UUID.randomUUID(), TANGERANG, username, encoder.encode("padu-demo"), "Ratna Sari",
					username + "@contoh.id", parent, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()))
			.update();
		jdbc.sql("insert into account_role (account_id, role) select id, 'CITIZEN' from account where username = ?")
			.param(username).update();
		return new Family(username, parent, child, childName, kk);
	}

	private static final String NIK_TAKEN = "select count(*) from resident where nik = ?";
	private static final String KK_TAKEN = "select count(*) from family where nomor_kk = ?";

	/** A number nobody holds yet, by the given count query. */
	private static String unused(JdbcClient jdbc, String takenQuery, Supplier<String> candidates) {
		for (int i = 0; i < 100; i++) {
			String candidate = candidates.get();
			if (jdbc.sql(takenQuery).param(candidate).query(Long.class).single() == 0) {
				return candidate;
			}
		}
		throw new IllegalStateException("No free number found");
	}

	private static void resident(JdbcClient jdbc, String nik, String name, LocalDate born, String gender, String kk,
			String relationship) {
		jdbc.sql("""
				insert into resident (id, tenant_id, version, nik, full_name, birth_place, birth_date, gender, blood_type,
				  religion, marital_status, occupation, education, citizenship, street, rt, rw, kelurahan_kode, phone, email,
				  status, nomor_kk, family_relationship, registered_at)
				values (?, ?, 0, ?, ?, 'Tangerang', ?, ?, 'TIDAK_TAHU', 'ISLAM', 'BELUM_KAWIN', 'Pelajar/Mahasiswa',
				  'Tamat SD/Sederajat', 'WNI', 'Jl. Sekolah No. 5', '002', '003', '36.71.01.1005', null, null, 'HIDUP', ?,
				  ?, ?)""")
			.params(UUID.randomUUID(), TANGERANG, nik, name, born, gender, kk, relationship,
					Timestamp.from(Instant.parse("2024-01-02T03:00:00Z")))
			.update();
	}
}
