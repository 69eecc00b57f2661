package id.padu.archive.internal.digitization;

import id.padu.archive.internal.ArchiveFile;
import id.padu.archive.internal.ArchiveFileRepository;
import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.ArchiveRecordRepository;
import id.padu.archive.internal.FileRole;
import id.padu.archive.internal.Filing;
import id.padu.archive.internal.PhysicalLocation;
import id.padu.archive.internal.RecordDraft;
import id.padu.archive.internal.RecordMedia;
import id.padu.archive.internal.TextStatus;
import id.padu.documents.DocumentStore;
import id.padu.documents.Fixity;
import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import id.padu.tenancy.TenantContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Tesseract reads Indonesian scans (PNG and multi-page TIFF) into the record's text and a searchable PDF. */
@PaduIntegrationTest
class OcrIT {

	static final TenantId TANGERANG = TenantId.of("kota-tangerang");

	@Autowired
	Filing filing;

	@Autowired
	OcrWorker worker;

	@Autowired
	ArchiveRecordRepository records;

	@Autowired
	ArchiveFileRepository files;

	@Autowired
	OcrPageRepository pages;

	@Autowired
	DocumentStore store;

	@Autowired
	TransactionTemplate tx;

	@Test
	void aPngScanBecomesTextAndASearchablePdfWhileTheOriginalStaysAsItWas() {
		byte[] png = ScanImages.bytes(ScanImages.page(List.of("Surat keterangan domisili warga Kelurahan",
				"Cibodas untuk keperluan kependudukan " + UUID.randomUUID().toString().substring(0, 8))), "png");
		UUID id = file(png, "surat-domisili.png");

		ArchiveRecord record = readUntilDone(id);
		assertThat(record.fullText()).contains("domisili", "Kelurahan", "Cibodas", "kependudukan");
		assertThat(record.pageCount()).isEqualTo(1);
		List<ArchiveFile> kept = inTenant(() -> files.findByRecordIdOrderByCreatedAt(id));
		ArchiveFile original = kept.stream().filter(f -> f.role() == FileRole.ORIGINAL).findFirst().orElseThrow();
		assertThat(original.sha256()).isEqualTo(ScanImages.sha256(png));
		assertThat(inTenant(() -> store.verify(original.sha256()))).isEqualTo(Fixity.INTACT);
		assertThat(inTenant(() -> read(original.sha256()))).isEqualTo(png);
		ArchiveFile searchable = kept.stream().filter(f -> f.role() == FileRole.SEARCHABLE_PDF).findFirst().orElseThrow();
		assertThat(searchable.derivedFromSha256()).isEqualTo(original.sha256());
		assertThat(searchable.mediaType()).isEqualTo("application/pdf");
		assertThat(inTenant(() -> pdfText(searchable.sha256()))).contains("domisili", "Cibodas", "kependudukan");
		List<OcrPage> read = inTenant(() -> pages.findByRecordIdInOrderByPageNumber(List.of(id)));
		assertThat(read).singleElement().satisfies(p -> {
			assertThat(p.wordCount()).isGreaterThan(5);
			assertThat(p.unreadable()).isFalse();
		});
	}

	@Test
	void everyPageOfATiffIsReadAndABlankPageIsFlaggedUnreadable() throws IOException {
		byte[] tiff = MultiPageTiff.of(
				ScanImages.page(List.of("Berita acara serah terima arsip inaktif", "Dinas Perpustakaan dan Kearsipan")),
				ScanImages.page(List.of()));
		assertThat(new String(tiff, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isIn("II", "MM");
		UUID id = file(tiff, "berita-acara.tif");
		assertThat(inTenant(() -> records.findById(id).orElseThrow().pageCount())).isEqualTo(2);

		ArchiveRecord record = readUntilDone(id);
		assertThat(record.fullText()).contains("Berita", "serah", "terima", "Perpustakaan", "Kearsipan");
		List<OcrPage> read = inTenant(() -> pages.findByRecordIdInOrderByPageNumber(List.of(id)));
		assertThat(read).extracting(OcrPage::pageNumber).containsExactly(1, 2);
		assertThat(read).extracting(OcrPage::unreadable).containsExactly(false, true);
		ArchiveFile searchable = inTenant(() -> files.findByRecordIdOrderByCreatedAt(id)).stream()
			.filter(f -> f.role() == FileRole.SEARCHABLE_PDF).findFirst().orElseThrow();
		assertThat(searchable.pageCount()).isEqualTo(2);
		assertThat(searchable.derivedFromSha256()).isEqualTo(ScanImages.sha256(tiff));
	}

	private UUID file(byte[] bytes, String name) {
		RecordDraft draft = new RecordDraft("Pindaian " + name, LocalDate.of(2024, 3, 5), "000.1", "dispusip", null,
				null, RecordMedia.PAPER, null, new PhysicalLocation("Depo Arsip", "R1", "Rak 2", "Boks 7"), null, null);
		UUID id = inTenant(() -> tx.execute(s -> filing.file(draft,
				List.of(new Filing.Content.Upload(new ByteArrayInputStream(bytes), name)), "arsiparis").getId()));
		assertThat(inTenant(() -> records.findById(id).orElseThrow().textStatus())).isEqualTo(TextStatus.WAITING_OCR);
		return id;
	}

	/** Runs the worker until the record is read; the scheduled run may have taken it first. */
	private ArchiveRecord readUntilDone(UUID id) {
		for (int i = 0; i < 20; i++) {
			worker.runOnce();
			ArchiveRecord record = inTenant(() -> records.findById(id).orElseThrow());
			if (record.textStatus() != TextStatus.WAITING_OCR) {
				assertThat(record.textStatus()).isEqualTo(TextStatus.OCR_DONE);
				return record;
			}
		}
		throw new AssertionError("record " + id + " was never read");
	}

	private byte[] read(String sha) {
		try (InputStream in = store.open(sha)) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String pdfText(String sha) {
		try (PDDocument pdf = Loader.loadPDF(read(sha))) {
			return new PDFTextStripper().getText(pdf);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static <T> T inTenant(java.util.function.Supplier<T> work) {
		return TenantContext.callAs(TANGERANG, work);
	}
}
