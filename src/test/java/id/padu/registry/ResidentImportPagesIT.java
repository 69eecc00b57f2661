package id.padu.registry;

import id.padu.registry.ResidentImportSamples.Person;
import id.padu.support.PaduIntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static id.padu.registry.ResidentImportSamples.kk;
import static id.padu.registry.ResidentImportSamples.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The upload page: an .xlsx is imported in the background, the job page shows progress, counts and errors. */
@PaduIntegrationTest
@AutoConfigureMockMvc
class ResidentImportPagesIT {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anXlsxUploadRunsInTheBackgroundAndTheJobPageShowsTheOutcome() throws Exception {
		MockHttpSession petugas = signIn("petugas");
		String kk = kk("367105");
		Person head = person(kk, "KEPALA KELUARGA", false, "36.71.05.1001");
		Person wife = person(kk, "ISTRI", true, "36.71.05.1001");
		byte[] book = workbook(head, wife, wife);

		String location = mvc.perform(multipart("/kantor/penduduk/impor")
				.file(new MockMultipartFile("file", "siak.xlsx", XLSX, book)).session(petugas).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/kantor/penduduk/impor/[0-9a-f-]{36}");

		String page = page(petugas, location);
		assertThat(page).contains("id=\"import-progress\"").contains("siak.xlsx");
		String fragment = page(petugas, location + "/kemajuan");
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (fragment.contains("hx-trigger=\"every 1s\"") && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
			fragment = page(petugas, location + "/kemajuan");
		}
		assertThat(fragment).doesNotContain("hx-get").contains("Selesai")
			.containsPattern("id=\"count-rows\">3<").containsPattern("id=\"count-imported\">2<")
			.containsPattern("id=\"count-rejected\">1<")
			.contains("sudah ada di baris 3 berkas ini")
			.contains("value=\"100\"");
		assertThat(jdbc.sql("select count(*) from resident where tenant_id = 'kota-tangerang' and nomor_kk = ?").param(kk)
			.query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select birth_date from resident where nik = ?").param(head.nik())
			.query(java.time.LocalDate.class).single()).isEqualTo(head.birthDate());
		assertThat(page(petugas, "/kantor/penduduk/impor")).contains("siak.xlsx");
		try (var uploads = Files.list(Path.of("target/test-data/imports"))) {
			assertThat(uploads.filter(p -> p.getFileName().toString().startsWith("upload-")).count())
				.as("uploads are deleted once read").isZero();
		}
	}

	@Test
	void filesThatAreNeitherCsvNorXlsxOrHaveTheWrongHeaderAreRefusedAtOnce() throws Exception {
		MockHttpSession admin = signIn("admin");
		byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(upload(admin, "data.csv", pdf)).contains("Berkas ini bukan CSV atau Excel (.xlsx)");
		byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };
		assertThat(upload(admin, "data.xls", xls)).contains("Berkas ini bukan CSV atau Excel (.xlsx)");
		assertThat(upload(admin, "data.csv", "nama,alamat\nBudi,Jl. A\n".getBytes(StandardCharsets.UTF_8)))
			.contains("Baris pertama harus berisi judul kolom");
		assertThat(upload(admin, "data.xlsx", new byte[] { 'P', 'K', 3, 4, 0, 0, 0 }))
			.contains("bukan buku kerja Excel (.xlsx) yang dapat dibaca");
		assertThat(mvc.perform(get("/kantor/penduduk/impor/" + java.util.UUID.randomUUID()).session(admin))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/kantor/penduduk/impor/bukan-id").session(admin))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void headsOfAgencyCannotImport() throws Exception {
		assertThat(mvc.perform(get("/kantor/penduduk/impor").session(signIn("kadis"))).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
	}

	private String upload(MockHttpSession session, String name, byte[] bytes) throws Exception {
		return mvc.perform(multipart("/kantor/penduduk/impor").file(new MockMultipartFile("file", name, null, bytes))
				.session(session).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String page(MockHttpSession session, String path) throws Exception {
		return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The CSV columns, with dates as real date cells and RT/RW as numbers, as an office worker's sheet has them. */
	private static byte[] workbook(Person... people) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Penduduk");
			String[] header = ResidentImportSamples.HEADER.split(",");
			Row first = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				first.createCell(c).setCellValue(header[c]);
			}
			var dateStyle = book.createCellStyle();
			dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			for (int r = 0; r < people.length; r++) {
				Person p = people[r];
				Row row = sheet.createRow(r + 1);
				String[] values = { p.nik(), p.kk(), p.name(), p.birthPlace(), null, p.gender(), p.religion(), p.marital(),
						p.occupation(), p.street(), null, null, p.kelurahan(), p.relationship() };
				for (int c = 0; c < values.length; c++) {
					if (values[c] != null) {
						row.createCell(c).setCellValue(values[c]);
					}
				}
				row.createCell(4).setCellValue(p.birthDate());
				row.getCell(4).setCellStyle(dateStyle);
				row.createCell(10).setCellValue(Integer.parseInt(p.rt()));
				row.createCell(11).setCellValue(Integer.parseInt(p.rw()));
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	private MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", username)
				.param("password", "padu-demo"))
			.andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession();
	}
}
