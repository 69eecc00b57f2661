package id.padu.archive;

import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static id.padu.archive.ArchiveFixture.file;
import static id.padu.archive.ArchiveFixture.fileRecord;
import static id.padu.archive.ArchiveFixture.json;
import static id.padu.archive.ArchiveFixture.metadata;
import static id.padu.archive.ArchiveFixture.pdf;
import static org.assertj.core.api.Assertions.assertThat;

/** Filing a record over the API, reading it back, finding it by a word of its text; bad input writes nothing. */
@PaduIntegrationTest
class ArchiveRecordsApiIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFiledPdfGetsABerkasOfItsOwnAndIsFoundByAWordOfItsText() {
		WebClient arsiparis = WebClient.signedIn(port, "arsiparis");
		HttpResponse<String> made = file(arsiparis, metadata("Laporan pendataan penduduk rentan", "400.12", "BIASA", "disdukcapil"),
				"laporan.pdf", "application/pdf",
				pdf("Laporan pendataan penduduk rentan di Kecamatan Cipondoh.", "Kata kunci uji: gembolwarasan."));
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		String id = json(made).get("id").asString();
		assertThat(made.headers().firstValue("Location")).hasValue("/api/v1/archive/records/" + id);

		JsonNode record = json(arsiparis.get("/api/v1/archive/records/" + id));
		assertThat(record.get("berkasId").asString()).isNotBlank();
		assertThat(record.get("berkasNumber").asString()).isNotBlank();
		assertThat(record.get("classificationCode").asString()).isEqualTo("400.12");
		assertThat(record.get("creatorUnit").asString()).isEqualTo("disdukcapil");
		assertThat(record.get("textStatus").asString()).isEqualTo("BORN_DIGITAL");
		JsonNode stored = record.get("files").get(0);
		assertThat(stored.get("sha256").asString()).hasSize(64);
		assertThat(stored.get("role").asString()).isEqualTo("ORIGINAL");
		assertThat(stored.get("mediaType").asString()).isEqualTo("application/pdf");
		assertThat(arsiparis.getBytes(stored.get("href").asString()).statusCode()).isEqualTo(200);

		JsonNode hits = json(arsiparis.get("/api/v1/archive/search?q=gembolwarasan"));
		assertThat(hits).hasSize(1);
		assertThat(hits.get(0).get("id").asString()).isEqualTo(id);
		assertThat(hits.get(0).get("classificationCode").asString()).isEqualTo("400.12");
		assertThat(hits.get(0).get("date").asString()).isEqualTo("2024-03-14");
		assertThat(hits.get(0).get("snippet").asString()).contains("gembolwarasan");
		assertThat(json(arsiparis.get("/api/v1/archive/search?q=gembolwarasan&year=2023"))).isEmpty();
		assertThat(json(arsiparis.get("/api/v1/archive/search?q=gembolwarasan&classification=400&opd=disdukcapil")))
			.hasSize(1);
		JsonNode facets = json(arsiparis.get("/api/v1/archive/search/facets?q=gembolwarasan")).get("facets");
		assertThat(facets.get("classification").get("400").asLong()).isEqualTo(1);
		assertThat(facets.get("year").get("2024").asLong()).isEqualTo(1);

		assertThat(WebClient.signedIn(port, "admin.tangsel").get("/api/v1/archive/records/" + id).statusCode())
			.isEqualTo(404);
		assertThat(json(WebClient.signedIn(port, "admin.tangsel").get("/api/v1/archive/search?q=gembolwarasan")))
			.isEmpty();
	}

	@Test
	void searchFindsWordsOfTitleAndTextTogetherAndPagesToTheLastHit() {
		WebClient arsiparis = WebClient.signedIn(port, "arsiparis");
		for (String title : List.of("Nota dinas satu", "Nota dinas dua", "Nota dinas wanakertaraja")) {
			fileRecord(arsiparis, title, "BIASA", "disdukcapil", "Laporan triwulan sumbergandaria pelayanan.");
		}
		String search = "/api/v1/archive/search?q=sumbergandaria&size=2&page=";
		assertThat(json(arsiparis.get(search + 0))).hasSize(2);
		assertThat(json(arsiparis.get(search + 1))).hasSize(1);
		assertThat(json(arsiparis.get(search + 2))).isEmpty();
		assertThat(json(arsiparis.get("/api/v1/archive/search?q=sumbergandaria+wanakertaraja"))).hasSize(1);
		HttpResponse<String> deep = arsiparis.get(search + 2_000_000_000);
		assertThat(deep.statusCode()).isEqualTo(200);
		assertThat(json(deep)).isEmpty();
	}

	@Test
	void theCreatorDefaultsToTheOpdOfTheCallersPosition() {
		WebClient petugas = WebClient.signedIn(port, "petugas");
		HttpResponse<String> made = file(petugas, metadata("Rekap pelayanan KTP-el", "400.12", "BIASA", null),
				"rekap.pdf", "application/pdf", pdf("Rekap pelayanan KTP elektronik bulan Maret di loket kecamatan."));
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		JsonNode record = json(petugas.get("/api/v1/archive/records/" + json(made).get("id").asString()));
		assertThat(record.get("creatorUnit").asString()).isEqualTo("disdukcapil");

		HttpResponse<String> other = file(petugas, metadata("Bukan milik saya", "400.12", "BIASA", "dinkes"),
				"a.pdf", "application/pdf", pdf("Arsip dinas lain yang tidak boleh diajukan oleh petugas ini."));
		assertThat(other.statusCode()).isEqualTo(422);
		assertThat(json(other).get("code").asString()).isEqualTo("archive.record.creatorUnit.notYours");
	}

	@Test
	void badInputIsAClearProblemAndWritesNothing() {
		WebClient arsiparis = WebClient.signedIn(port, "arsiparis");
		long records = count("archive_record");
		long berkas = count("berkas");

		HttpResponse<String> unknown = file(arsiparis, metadata("Kode asing", "999.9", "BIASA", "disdukcapil"),
				"a.pdf", "application/pdf", pdf("Isi arsip dengan kode klasifikasi yang tidak dikenal sama sekali."));
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(json(unknown).get("code").asString()).isEqualTo("classification.code.unknown");
		String indonesian = json(unknown).get("detail").asString();
		assertThat(indonesian).contains("tidak ada");
		HttpResponse<String> unknownEn = fileEnglish(arsiparis);
		assertThat(unknownEn.statusCode()).isEqualTo(422);
		assertThat(json(unknownEn).get("detail").asString()).isNotEqualTo(indonesian).doesNotContain("tidak");

		HttpResponse<String> notPdf = file(arsiparis, metadata("Bukan PDF", "400.12", "BIASA", "disdukcapil"),
				"surat.pdf", "application/pdf", "ini hanya teks, bukan PDF".getBytes(StandardCharsets.UTF_8));
		assertThat(notPdf.statusCode()).isIn(415, 422);
		assertThat(notPdf.body()).contains("\"code\"");

		assertThat(count("archive_record")).isEqualTo(records);
		assertThat(count("berkas")).isEqualTo(berkas);
	}

	@Test
	void theArchivePagesShowSearchRecordBerkasAndTheFilingForm() {
		WebClient arsiparis = WebClient.signedIn(port, "arsiparis");
		HttpResponse<String> made = file(arsiparis, metadata("Laporan arsip halaman uji", "400.12", "BIASA", "disdukcapil"),
				"uji.pdf", "application/pdf", pdf("Laporan untuk halaman uji: kata cendrawasihpura ada di sini."));
		String id = json(made).get("id").asString();
		String berkasId = json(arsiparis.get("/api/v1/archive/records/" + id)).get("berkasId").asString();

		HttpResponse<String> search = arsiparis.get("/kantor/arsip?q=cendrawasihpura");
		assertThat(search.statusCode()).isEqualTo(200);
		assertThat(search.body()).contains("Laporan arsip halaman uji", "<mark>cendrawasihpura</mark>",
				"hx-get=\"/kantor/arsip/saringan?q=cendrawasihpura");
		// The facets come in a second request after the hits: a fragment for htmx, a page of their own without it.
		HttpResponse<String> facets = arsiparis.get("/kantor/arsip/saringan?q=cendrawasihpura", "HX-Request", "true");
		assertThat(facets.body()).contains("<div id=\"facets\">", "Dinas Kependudukan dan Pencatatan Sipil (1)",
				"/kantor/arsip?q=cendrawasihpura&amp;kode=400", "id=\"result-count\" hx-swap-oob=\"true\"",
				"1 arsip ditemukan").doesNotContain("<html");
		// More than a page of hits: the page says "more than", the facets request brings the exact count.
		assertThat(arsiparis.get("/kantor/arsip").body()).containsPattern("Lebih dari [0-9.]+ arsip ditemukan");
		assertThat(arsiparis.get("/kantor/arsip/saringan", "HX-Request", "true").body())
			.containsPattern("id=\"result-count\"[^>]*>[0-9.]+ arsip ditemukan");
		assertThat(arsiparis.get("/kantor/arsip/saringan?q=cendrawasihpura").body())
			.contains("<html", "Saring hasil", "Dinas Kependudukan dan Pencatatan Sipil (1)", "Kembali ke hasil pencarian");
		HttpResponse<String> record = arsiparis.get("/kantor/arsip/rekaman/" + id);
		assertThat(record.statusCode()).isEqualTo(200);
		assertThat(record.body()).contains("Laporan arsip halaman uji", "/kantor/arsip/rekaman/" + id + "/berkas/");
		HttpResponse<String> berkas = arsiparis.get("/kantor/arsip/berkas/" + berkasId);
		assertThat(berkas.statusCode()).isEqualTo(200);
		assertThat(berkas.body()).contains("Tutup berkas", "Laporan arsip halaman uji");
		assertThat(arsiparis.get("/kantor/arsip/berkas?opd=disdukcapil&terbuka=true").body()).contains(berkasId);
		assertThat(arsiparis.get("/kantor/arsip/tambah").body()).contains("Simpan arsip", "classificationCode");
	}

	@Test
	void onlyStaffAndArchiveClientsUseTheArchiveApi() {
		assertThat(WebClient.anonymous(port).get("/api/v1/archive/search?q=arsip").statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> fileEnglish(WebClient client) {
		String boundary = "----padu-en";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + metadata("Unknown code", "999.9", "BIASA", "disdukcapil")
				+ "\r\n--" + boundary + "--\r\n";
		return client.send("POST", "/api/v1/archive/records", "multipart/form-data; boundary=" + boundary, body,
				"X-CSRF-TOKEN", client.csrfToken("/kantor"), "Accept-Language", "en");
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
