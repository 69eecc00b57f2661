package id.padu.archive.internal.digitization;

import id.padu.archive.internal.ArchiveRecordRepository;
import id.padu.archive.internal.Filing;
import id.padu.archive.internal.RecordDraft;
import id.padu.archive.internal.RecordMedia;
import id.padu.archive.internal.TextStatus;
import id.padu.documents.DocumentStore;
import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Without tesseract a scan waits ("Menunggu OCR") and is read once tesseract is there again. */
@PaduIntegrationTest
class OcrUnavailableIT {

	static final TenantId TANGERANG = TenantId.of("kota-tangerang");

	@Autowired
	OcrWorker worker;

	@Autowired
	Filing filing;

	@Autowired
	ArchiveRecordRepository records;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	TenantDirectory tenants;

	@Autowired
	OcrQueue queue;

	@Autowired
	OcrSteps steps;

	@Autowired
	DocumentStore store;

	@Autowired
	Clock clock;

	@Test
	void aScanWaitsWhileTesseractIsMissingAndIsReadOnceItIsBack() {
		Tesseract missing = new Tesseract(Path.of("/nonexistent/bin/tesseract").toString(), Duration.ofSeconds(10));
		OcrWorker withoutTesseract = new OcrWorker(tenants, queue, steps, new OcrEngine(missing, 60), missing, store,
				clock, true);
		byte[] png = ScanImages.bytes(ScanImages.page(List.of("Surat permohonan izin keramaian")), "png");
		UUID id;
		// The application's own worker runs every few seconds; holding its lock keeps it from reading this scan
		// while the worker without tesseract has its turn.
		synchronized (worker) {
			id = TenantContext.callAs(TANGERANG, () -> tx.execute(s -> filing.file(
					new RecordDraft("Permohonan izin", LocalDate.of(2023, 8, 1), "000.1", "dispusip", null, null,
							RecordMedia.PAPER, null, null, null, null),
					List.of(new Filing.Content.Upload(new ByteArrayInputStream(png), "izin.png")), "arsiparis").getId()));
			assertThat(withoutTesseract.available()).isFalse();
			assertThat(withoutTesseract.runOnce()).isZero();
			assertThat(status(id)).isEqualTo(TextStatus.WAITING_OCR);
		}
		for (int i = 0; i < 20 && status(id) == TextStatus.WAITING_OCR; i++) {
			worker.runOnce();
		}
		assertThat(status(id)).isEqualTo(TextStatus.OCR_DONE);
		assertThat(TenantContext.callAs(TANGERANG, () -> records.findById(id).orElseThrow().fullText()))
			.contains("permohonan", "keramaian");
	}

	private TextStatus status(UUID id) {
		return TenantContext.callAs(TANGERANG, () -> records.findById(id).orElseThrow().textStatus());
	}
}
