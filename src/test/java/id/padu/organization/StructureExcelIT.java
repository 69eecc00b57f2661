package id.padu.organization;

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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Export and import of the structure. Runs in the Tangsel tenant, whose admin only these tests change, so the
 * "nothing changed" round trip is not disturbed by other tests adding units to Kota Tangerang.
 */
@PaduIntegrationTest
@AutoConfigureMockMvc
class StructureExcelIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void exportThenImportChangesNothingAndANewRowIsAdded() throws Exception {
		MockHttpSession admin = signIn("admin.tangsel");
		byte[] file = export(admin);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			assertThat(book.getSheet("Unit").getLastRowNum()).isGreaterThan(60);
			assertThat(book.getSheet("Unit").getRow(0).getCell(0).getStringCellValue()).isEqualTo("kode");
			assertThat(book.getSheet("Pegawai").getRow(0).getCell(0).getStringCellValue()).isEqualTo("nip");
		}
		String html = upload(admin, file);
		assertThat(html).contains("id=\"import-summary\"").doesNotContain("id=\"import-errors\"");
		assertThat(summary(html, "Unit")).containsExactly("0", "0");
		assertThat(summary(html, "Jabatan")).containsExactly("0", "0");
		assertThat(summary(html, "Pegawai")).containsExactly("0", "0");
		assertThat(summary(html, "Penugasan")).containsExactly("0", "0");

		String code = "upt-" + UUID.randomUUID().toString().substring(0, 8);
		byte[] changed = edit(file, book -> {
			Sheet units = book.getSheet("Unit");
			Row row = units.createRow(units.getLastRowNum() + 1);
			row.createCell(0).setCellValue(code);
			row.createCell(1).setCellValue("UPT Pusat Data");
			row.createCell(2).setCellValue("UPT");
			row.createCell(3).setCellValue("diskominfo");
		});
		html = upload(admin, changed);
		assertThat(summary(html, "Unit")).containsExactly("1", "0");
		assertThat(count("select count(*) from org_unit where code = ? and tenant_id = 'kota-tangerang-selatan'", code))
			.isEqualTo(1);
	}

	@Test
	void aBadFileReportsEveryErrorAndWritesNothing() throws Exception {
		MockHttpSession admin = signIn("admin.tangsel");
		String code = "ok-" + UUID.randomUUID().toString().substring(0, 8);
		byte[] bad = edit(export(admin), book -> {
			Sheet units = book.getSheet("Unit");
			Row good = units.createRow(units.getLastRowNum() + 1);
			good.createCell(0).setCellValue(code);
			good.createCell(1).setCellValue("Unit yang benar");
			good.createCell(2).setCellValue("BIDANG");
			good.createCell(3).setCellValue("diskominfo");
			Row wrong = units.createRow(units.getLastRowNum() + 1);
			wrong.createCell(0).setCellValue("salah-" + code);
			wrong.createCell(1).setCellValue("Unit yang salah");
			wrong.createCell(2).setCellValue("KANTOR");
			wrong.createCell(3).setCellValue("tidak-ada-induk");
			Row staff = book.getSheet("Pegawai").getRow(1);
			staff.getCell(0).setCellValue("12345");
		});
		long before = count("select count(*) from org_unit where tenant_id = 'kota-tangerang-selatan'", null);
		String html = upload(admin, bad);
		assertThat(html).contains("id=\"import-errors\"").doesNotContain("id=\"import-summary\"")
			.contains("C (jenis)").contains("KANTOR").contains("NIP harus terdiri dari 18 angka.");
		assertThat(count("select count(*) from org_unit where tenant_id = 'kota-tangerang-selatan'", null)).isEqualTo(before);
		assertThat(count("select count(*) from org_unit where code = ?", code)).isZero();

		String english = new String(mvc.perform(multipart("/kantor/organisasi/impor").file(xlsx(bad)).param("lang", "en")
				.session(admin).with(csrf())).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(english).contains("Nothing was changed").contains("A NIP has exactly 18 digits.");
	}

	@Test
	void somethingThatIsNotAnXlsxIsRejectedClearly() throws Exception {
		MockHttpSession admin = signIn("admin.tangsel");
		MockMultipartFile csv = new MockMultipartFile("file", "struktur.xlsx", "text/csv",
				"kode,nama\nsetda,Sekretariat\n".getBytes(StandardCharsets.UTF_8));
		String html = mvc.perform(multipart("/kantor/organisasi/impor").file(csv).session(admin).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("bukan berkas Excel .xlsx");
	}

	private byte[] export(MockHttpSession admin) throws Exception {
		return mvc.perform(get("/kantor/organisasi/ekspor.xlsx").session(admin))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
			.andReturn().getResponse().getContentAsByteArray();
	}

	private String upload(MockHttpSession admin, byte[] file) throws Exception {
		return mvc.perform(multipart("/kantor/organisasi/impor").file(xlsx(file)).session(admin).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static MockMultipartFile xlsx(byte[] content) {
		return new MockMultipartFile("file", "struktur.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
	}

	/** Created and updated counts of one sheet from the summary table. */
	private static java.util.List<String> summary(String html, String sheet) {
		var m = java.util.regex.Pattern.compile("id=\"summary-" + sheet + "\">\\s*<td>[^<]*</td>\\s*<td>(\\d+)</td>\\s*<td>(\\d+)</td>")
			.matcher(html);
		assertThat(m.find()).as("summary row for " + sheet).isTrue();
		return java.util.List.of(m.group(1), m.group(2));
	}

	private interface BookEdit {
		void apply(XSSFWorkbook book);
	}

	private static byte[] edit(byte[] file, BookEdit edit) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			edit.apply(book);
			book.write(out);
			return out.toByteArray();
		}
	}

	private long count(String sql, String param) {
		var statement = jdbc.sql(sql);
		return (param == null ? statement : statement.param(param)).query(Long.class).single();
	}

	private MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", username)
				.param("password", "padu-demo"))
			.andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession();
	}
}
