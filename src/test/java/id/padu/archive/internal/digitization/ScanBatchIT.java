package id.padu.archive.internal.digitization;

import id.padu.archive.internal.ArchiveFile;
import id.padu.archive.internal.ArchiveFileRepository;
import id.padu.archive.internal.ArchiveRecordRepository;
import id.padu.archive.internal.FileRole;
import id.padu.archive.internal.TextStatus;
import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import id.padu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The batch pages without a browser: upload many files, watch the progress, check quality, rescan, finish. */
@PaduIntegrationTest
class ScanBatchIT {

	static final TenantId TANGERANG = TenantId.of("kota-tangerang");

	@Autowired
	MockMvc mvc;

	@Autowired
	OcrWorker worker;

	@Autowired
	ScanBatchItemRepository items;

	@Autowired
	ArchiveRecordRepository records;

	@Autowired
	ArchiveFileRepository files;

	@Test
	void anArchivistUploadsABatchChecksItsQualityRescansAPageAndFinishesIt() throws Exception {
		MockHttpSession arsiparis = signIn("arsiparis");
		assertThat(page(arsiparis, "/kantor/arsip/digitalisasi")).contains("type=\"file\"", "multiple",
				"classificationCode-codes", "value=\"PAPER\" selected");
		byte[] first = ScanImages.bytes(ScanImages.page(List.of("Nota dinas pengadaan rak arsip")), "png");
		byte[] blank = ScanImages.bytes(ScanImages.page(List.of()), "png");

		String location = mvc.perform(batch(arsiparis).file(file("nota-dinas.png", first)).file(file("kosong.png", blank)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/kantor/arsip/digitalisasi/[0-9a-f-]{36}");
		UUID batchId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		List<ScanBatchItem> batchItems = inTenant(() -> items.findByBatchIdOrderByPosition(batchId));
		assertThat(batchItems).hasSize(2).extracting(ScanBatchItem::fileNames).containsExactly("nota-dinas.png", "kosong.png");
		UUID berkas = inTenant(() -> records.findById(batchItems.get(0).recordId()).orElseThrow().berkasId());
		assertThat(inTenant(() -> records.findById(batchItems.get(1).recordId()).orElseThrow().berkasId())).isEqualTo(berkas);

		String waiting = page(arsiparis, location + "/kemajuan?dibaca=0");
		assertThat(waiting).contains("id=\"count-files\">2<");
		readAll(batchItems);
		assertThat(mvc.perform(get(location + "/kemajuan?dibaca=0").session(arsiparis)).andReturn().getResponse()
			.getHeader("HX-Refresh")).isEqualTo("true");
		String read = page(arsiparis, location);
		assertThat(read).doesNotContain("hx-trigger").contains("id=\"count-done\">2<", "id=\"count-unreadable\">1<",
				"Menunggu pemeriksaan mutu", "/halaman/1", "Halaman 1, tidak ada teks terbaca");
		ScanBatchItem blankItem = batchItems.get(1);
		byte[] thumbnail = mvc.perform(get(location + "/item/" + blankItem.getId() + "/halaman/1").session(arsiparis))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(thumbnail).startsWith(0x89, 'P', 'N', 'G');

		mvc.perform(post(location + "/item/" + blankItem.getId() + "/halaman").param("jumlah", "2").session(arsiparis).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(inTenant(() -> records.findById(blankItem.recordId()).orElseThrow().pageCount())).isEqualTo(2);

		byte[] again = ScanImages.bytes(ScanImages.page(List.of("Daftar arsip vital kelurahan")), "png");
		mvc.perform(multipart(location + "/item/" + blankItem.getId() + "/pindai-ulang").file(new MockMultipartFile("file", "ulang.png", null, again))
				.session(arsiparis).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(inTenant(() -> records.findById(blankItem.recordId()).orElseThrow().textStatus()))
			.isEqualTo(TextStatus.WAITING_OCR);
		readAll(batchItems);
		List<ArchiveFile> originals = inTenant(() -> files.findByRecordIdOrderByCreatedAt(blankItem.recordId())).stream()
			.filter(f -> f.role() == FileRole.ORIGINAL).toList();
		assertThat(originals).extracting(ArchiveFile::sha256).containsExactly(ScanImages.sha256(blank), ScanImages.sha256(again));
		assertThat(inTenant(() -> records.findById(blankItem.recordId()).orElseThrow().fullText())).contains("arsip", "vital");

		for (ScanBatchItem item : batchItems) {
			mvc.perform(post(location + "/item/" + item.getId() + "/lolos").session(arsiparis).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(page(arsiparis, location)).contains("id=\"count-passed\">2 / 2<", ">Selesai<");
		assertThat(page(arsiparis, "/kantor/arsip/digitalisasi")).contains(">Selesai<");
	}

	@Test
	void aFileWhoseContentIsNotAScanIsRefusedByNameAndNothingIsFiled() throws Exception {
		MockHttpSession arsiparis = signIn("arsiparis");
		long before = inTenant(() -> items.count());
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0 };
		String page = mvc.perform(batch(arsiparis).file(file("surat.pdf", zip)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Berkas surat.pdf ditolak", "Jenis berkas dikenali dari isinya");
		assertThat(inTenant(() -> items.count())).isEqualTo(before);

		String unknownCode = mvc.perform(batch(arsiparis).param("classificationCode", "999.9.9")
				.file(file("a.png", ScanImages.bytes(ScanImages.page(List.of("a")), "png"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(unknownCode).contains("is-invalid");
	}

	@Test
	void onlyArchivistsAndAdminsDigitize() throws Exception {
		assertThat(mvc.perform(get("/kantor/arsip/digitalisasi").session(signIn("petugas"))).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
	}

	private MockMultipartHttpServletRequestBuilder batch(MockHttpSession session) {
		MockMultipartHttpServletRequestBuilder request = multipart("/kantor/arsip/digitalisasi");
		request.param("title", "Nota dinas Dispusip 2024").param("classificationCode", "000.1")
			.param("creatorUnit", "dispusip").param("recordDate", "2024-02-01").param("media", "PAPER")
			.param("building", "Depo Arsip").param("box", "Boks 3").param("oneRecord", "false");
		request.session(session).with(csrf());
		return request;
	}

	private static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("files", name, null, bytes);
	}

	private void readAll(List<ScanBatchItem> batchItems) {
		for (int i = 0; i < 20; i++) {
			worker.runOnce();
			boolean waiting = batchItems.stream().anyMatch(item -> inTenant(() -> records.findById(item.recordId())
				.orElseThrow().textStatus()) == TextStatus.WAITING_OCR);
			if (!waiting) {
				return;
			}
		}
		throw new AssertionError("the batch was never read");
	}

	private String page(MockHttpSession session, String path) throws Exception {
		return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", username)
				.param("password", "padu-demo"))
			.andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession();
	}

	private static <T> T inTenant(Supplier<T> work) {
		return TenantContext.callAs(TANGERANG, work);
	}
}
