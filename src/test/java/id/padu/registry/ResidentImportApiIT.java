package id.padu.registry;

import id.padu.registry.ResidentImportSamples.Person;
import id.padu.registry.ResidentImportSamples.Session;
import id.padu.support.PaduIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.padu.registry.ResidentImportSamples.csv;
import static id.padu.registry.ResidentImportSamples.kk;
import static id.padu.registry.ResidentImportSamples.person;
import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/v1/residents/import: counts, idempotent re-import, every kind of bad row, file-level refusals. */
@PaduIntegrationTest
class ResidentImportApiIT {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String KELURAHAN = "36.71.01.1003";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aGoodFileImportsAReimportChangesNothingAndAChangedRowUpdates() throws Exception {
		String kk = kk("367101");
		Person head = person(kk, "KEPALA KELUARGA", false, KELURAHAN);
		Person wife = person(kk, "istri", true, KELURAHAN);
		Person child = person(kk, "Anak", false, KELURAHAN);
		Session petugas = new Session(port, "petugas");
		String file = csv(head, wife, child);

		JsonNode first = json(petugas.csv(file, "X-File-Name", "siak-januari.csv"));
		assertThat(counts(first)).containsExactly(3L, 0L, 0L);
		assertThat(first.get("errors")).isEmpty();
		assertThat(jdbc.sql("select family_relationship from resident where tenant_id = 'kota-tangerang' and nomor_kk = ? order by family_relationship")
			.param(kk).query(String.class).list()).containsExactly("ANAK", "ISTRI", "KEPALA_KELUARGA");
		assertThat(jdbc.sql("select rt || '/' || rw || ' ' || kelurahan_kode from family where tenant_id = 'kota-tangerang' and nomor_kk = ?")
			.param(kk).query(String.class).single()).isEqualTo("003/004 " + KELURAHAN);
		assertThat(jdbc.sql("select religion || ' ' || marital_status || ' ' || status || ' ' || citizenship from resident where nik = ?")
			.param(wife.nik()).query(String.class).single()).isEqualTo("ISLAM KAWIN HIDUP WNI");
		assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = 'kota-tangerang' and action = 'IMPORT' and entity_id = ?")
			.param(first.get("importId").asString()).query(Long.class).single()).isEqualTo(1);

		JsonNode again = json(petugas.csv(file));
		assertThat(counts(again)).containsExactly(0L, 0L, 0L);
		assertThat(version(head.nik())).isZero();

		JsonNode changed = json(petugas.csv(csv(head.withOccupation("Pedagang"), wife, child)));
		assertThat(counts(changed)).containsExactly(0L, 1L, 0L);
		assertThat(jdbc.sql("select occupation from resident where nik = ?").param(head.nik()).query(String.class).single())
			.isEqualTo("Pedagang");
		assertThat(version(head.nik())).isEqualTo(1);
		assertThat(version(wife.nik())).isZero();
	}

	@Test
	void everyBadRowIsReportedWithRowAndColumnWhileGoodRowsAreKeptAndStoredDataUntouched() throws Exception {
		Session admin = new Session(port, "admin");
		String kk = kk("367101");
		Person stored = person(kk, "KEPALA KELUARGA", false, KELURAHAN);
		assertThat(counts(json(admin.csv(csv(stored))))).containsExactly(1L, 0L, 0L);
		String storedRow = snapshot(stored.nik());

		Person good1 = person(kk, "ISTRI", true, KELURAHAN);
		Person good2 = person(kk, "ANAK", true, KELURAHAN);
		Person dup = person(kk, "ANAK", false, KELURAHAN);
		List<String> lines = new ArrayList<>();
		lines.add(good1.csv());                                                              // row 2
		lines.add(stored.withOccupation("Pedagang").csv().replace(",L,", ",X,"));          // 3 gender X, stored row untouched
		lines.add("9999" + good2.nik().substring(4) + good2.csv().substring(16));           // 4 unknown kecamatan
		lines.add(good2.csv().replace(",P,", ",L,"));                                       // 5 NIK says female
		Person other = person(kk, "ANAK", false, KELURAHAN);
		lines.add(other.csv().replace(other.birthDate().toString(), "2026-02-30"));          // 6 impossible date
		lines.add(person(kk, "ANAK", false, KELURAHAN).withKelurahan("36.74.01.1001").csv()); // 7 kelurahan of Tangsel
		lines.add(dup.csv());                                                                // 8 good
		lines.add(dup.withOccupation("Pelajar").csv());                                      // 9 duplicate of 8
		lines.add(good2.csv());                                                              // 10 good
		Person latin1 = person(kk, "ANAK", true, KELURAHAN);
		lines.add(latin1.csv());                                                             // 11 invalid UTF-8 in nama
		lines.add(person(kk, "ANAK", false, KELURAHAN).csv().replace(",3,04,", ",1234,04,")); // 12 RT too long
		Person truncated = person(kk, "ANAK", false, KELURAHAN);
		String last = truncated.csv();
		String body = csv() + String.join("\r\n", lines) + "\r\n" + last.substring(0, last.indexOf(",\"Jl."));
		byte[] bytes = body.replace(latin1.name(), "Ren\u00e9 " + latin1.name()).getBytes(StandardCharsets.UTF_8);
		bytes = latin1Byte(bytes, "Ren\u00e9".getBytes(StandardCharsets.UTF_8));

		JsonNode answer = json(admin.post("text/csv; charset=utf-8", bytes));
		assertThat(counts(answer)).as(answer.toString()).containsExactly(3L, 0L, 9L);
		assertThat(errors(answer)).contains(
				"3 jenis_kelamin Jenis kelamin \"X\" tidak dikenal; gunakan L, P.",
				"4 nik Enam angka pertama NIK (999901) bukan kode kecamatan yang dikenal.",
				"6 tanggal_lahir \"2026-02-30\" bukan tanggal yang ada; tulis tahun-bulan-tanggal, misalnya 1990-08-05.",
				"9 nik NIK " + dup.nik() + " sudah ada di baris 8 berkas ini; baris ini dilewati.",
				"11 nama Berisi byte yang bukan UTF-8 (berkas mungkin disimpan sebagai ANSI/Windows-1252). Simpan sebagai \"CSV UTF-8\".",
				"12 rt \"1234\" bukan RT/RW yang sah; tulis 1 sampai 3 angka, misalnya 004.",
				"13 null Baris ini berisi 9 kolom, seharusnya 14. Berkas mungkin terpotong atau ada koma yang tidak diapit tanda kutip.");
		assertThat(errors(answer)).anyMatch(e -> e.startsWith("5 nik Angka ke-7 dan ke-8 NIK menunjukkan perempuan"));
		assertThat(errors(answer)).anyMatch(e -> e.startsWith("7 kode_wilayah \"36.74.01.1001\" bukan kode kelurahan/desa di wilayah 36.71"));
		assertThat(answer.get("errorCount").asLong()).as(errors(answer).toString()).isEqualTo(9);
		assertThat(snapshot(stored.nik())).isEqualTo(storedRow);
		assertThat(jdbc.sql("select count(*) from resident where nik in (?, ?, ?)").params(good1.nik(), good2.nik(), dup.nik())
			.query(Long.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("select occupation from resident where nik = ?").param(dup.nik()).query(String.class).single())
			.isEqualTo("Karyawan Swasta");
		assertThat(jdbc.sql("select count(*) from resident where nik in (?, ?)").params(latin1.nik(), truncated.nik())
			.query(Long.class).single()).isZero();
	}

	@Test
	void aQuoteLeftOpenAtTheEndIsTheLastRowsErrorAndEnglishMessagesOnRequest() throws Exception {
		Session petugas = new Session(port, "petugas");
		String kk = kk("367101");
		Person head = person(kk, "KEPALA KELUARGA", false, KELURAHAN);
		Person cut = person(kk, "ANAK", false, KELURAHAN);
		String body = csv(head) + cut.csv().substring(0, cut.csv().indexOf("No. 1"));
		JsonNode answer = json(petugas.csv(body, "Accept-Language", "en"));
		assertThat(counts(answer)).containsExactly(1L, 0L, 1L);
		assertThat(errors(answer)).containsExactly("3 null A quote opened in this row is never closed; the file may be "
				+ "truncated. The rest of the file was not read.");
		String bad = csv(person(kk, "ANAK", false, KELURAHAN)).replace(",ISLAM,", ",JEDI,");
		assertThat(errors(json(petugas.csv(bad, "Accept-Language", "en")))).containsExactly("2 agama \"JEDI\" is not known; "
				+ "use one of: ISLAM, KRISTEN, KATOLIK, HINDU, BUDHA, KHONGHUCU, KEPERCAYAAN.");
	}

	@Test
	void wrongHeaderEmptyBodyAndOtherContentTypesAreRefusedWhole() throws Exception {
		Session admin = new Session(port, "admin");
		HttpResponse<String> header = admin.csv("nik,nama\r\n3671011402870001,Ahmad\r\n");
		assertThat(header.statusCode()).isEqualTo(422);
		assertThat(json(header).get("code").asString()).isEqualTo("registry.import.header");
		assertThat(json(header).get("detail").asString()).contains("Tidak ada: no_kk, tempat_lahir");
		HttpResponse<String> english = admin.csv("", "Accept-Language", "en");
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(json(english).get("detail").asString()).isEqualTo("The file is empty.");
		assertThat(admin.post("application/json", "{}".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(415);
		HttpResponse<String> latin = admin.post("text/csv; charset=windows-1252", csv().getBytes(StandardCharsets.UTF_8));
		assertThat(latin.statusCode()).isEqualTo(415);
		assertThat(json(latin).get("code").asString()).isEqualTo("registry.import.charset");
		byte[] utf16 = csv().getBytes(StandardCharsets.UTF_16LE);
		byte[] withBom = new byte[utf16.length + 2];
		withBom[0] = (byte) 0xFF;
		withBom[1] = (byte) 0xFE;
		System.arraycopy(utf16, 0, withBom, 2, utf16.length);
		assertThat(json(admin.post("text/csv", withBom)).get("code").asString()).isEqualTo("registry.import.utf16");
		assertThat(counts(json(admin.csv("\uFEFF" + csv())))).containsExactly(0L, 0L, 0L);
	}

	@Test
	void onlyAdminsAndOfficersImport() throws Exception {
		assertThat(new Session(port, "kadis").csv(csv()).statusCode()).isEqualTo(403);
		assertThat(new Session(port, "warga").csv(csv()).statusCode()).isEqualTo(403);
	}

	@Test
	void anImportInTangerangSelatanNeverTouchesKotaTangerang() throws Exception {
		Person inKota = person(kk("367101"), "KEPALA KELUARGA", true, KELURAHAN);
		assertThat(counts(json(new Session(port, "petugas").csv(csv(inKota))))).containsExactly(1L, 0L, 0L);
		String before = snapshot(inKota.nik());
		String kk = kk("367401");
		// The same person registered in Tangerang Selatan: another pemda's record, never this one.
		Person sameNik = new Person(inKota.nik(), kk, "Nama Lain", "Tangerang", inKota.birthDate(), "P", "ISLAM", "KAWIN",
				"Guru", "Jl. Pahlawan Seribu", "1", "1", "36.74.01.1001", "KEPALA KELUARGA");
		Person inTangerang = person(kk, "ANAK", false, KELURAHAN);
		JsonNode answer = json(new Session(port, "admin.tangsel").csv(csv(sameNik, inTangerang)));
		assertThat(counts(answer)).containsExactly(1L, 0L, 1L);
		assertThat(errors(answer)).singleElement().asString().startsWith("3 kode_wilayah");
		assertThat(snapshot(inKota.nik())).isEqualTo(before);
		assertThat(jdbc.sql("select full_name from resident where tenant_id = 'kota-tangerang-selatan' and nik = ?")
			.param(inKota.nik()).query(String.class).single()).isEqualTo("Nama Lain");
		assertThat(jdbc.sql("select count(*) from family where tenant_id = 'kota-tangerang' and nomor_kk = ?").param(kk)
			.query(Long.class).single()).isZero();
	}

	private String snapshot(String nik) {
		return jdbc.sql("select * from resident where tenant_id = 'kota-tangerang' and nik = ?").param(nik)
			.query().listOfRows().toString();
	}

	private long version(String nik) {
		return jdbc.sql("select version from resident where tenant_id = 'kota-tangerang' and nik = ?").param(nik)
			.query(Long.class).single();
	}

	/** Replaces the UTF-8 bytes of {@code utf8} by the single Latin-1 byte of é, as a Windows-1252 file has it. */
	private static byte[] latin1Byte(byte[] bytes, byte[] utf8) {
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		String needle = new String(utf8, StandardCharsets.ISO_8859_1);
		int at = text.indexOf(needle);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(bytes, 0, at + 3);
		out.write(0xE9);
		out.write(bytes, at + utf8.length, bytes.length - at - utf8.length);
		return out.toByteArray();
	}

	static List<Long> counts(JsonNode answer) {
		return List.of(answer.get("imported").asLong(), answer.get("updated").asLong(), answer.get("rejected").asLong());
	}

	static List<String> errors(JsonNode answer) {
		List<String> lines = new ArrayList<>();
		answer.get("errors").forEach(e -> lines.add(e.get("row").asLong() + " "
				+ (e.get("column").isNull() ? "null" : e.get("column").asString()) + " " + e.get("message").asString()));
		return lines;
	}

	static JsonNode json(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.body()).contains("json");
		return JSON.readTree(response.body());
	}

}
