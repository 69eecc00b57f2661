package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.Berkas;
import id.padu.archive.internal.BerkasRepository;
import id.padu.archive.internal.FinalAction;
import id.padu.archive.internal.Filing;
import id.padu.archive.internal.RecordDraft;
import id.padu.archive.internal.Retention;
import id.padu.shared.TenantId;
import id.padu.tenancy.TenantContext;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Berkas filed years ago and closed then, so they are due today, each with one record and a file of its own. */
record LifecycleFixture(Filing filing, BerkasRepository berkas, TransactionTemplate tx) {

	static final String PASSPHRASE = "padu-demo";
	static final TenantId TANGERANG = TenantId.of("kota-tangerang");

	/** A record + berkas of {@code unit} from {@code year}, closed on 31 December with the given retention. */
	Filed closedBerkas(String unit, String title, int year, Retention retention) {
		return filed(unit, "000.1", title, year, retention);
	}

	/** An open berkas of one record; closed too when {@code retention} is given. */
	Filed filed(String unit, String code, String title, int year, Retention retention) {
		return TenantContext.callAs(TANGERANG, () -> tx.execute(status -> {
			ArchiveRecord record = filing.file(new RecordDraft(title, LocalDate.of(year, 3, 14), code, unit, null,
					"Uraian " + title, null, null, null, null, null),
					List.of(new Filing.Content.Upload(new ByteArrayInputStream(pdf(title)),
							"scan.pdf")), "arsiparis");
			Berkas b = berkas.findById(record.berkasId()).orElseThrow();
			if (retention != null) {
				b.close(LocalDate.of(year, 12, 31), retention);
			}
			return new Filed(b.getId(), record.getId());
		}));
	}

	/** A born-digital one-page PDF whose text (with a random tail) makes its bytes unique. */
	static byte[] pdf(String title) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				text.beginText();
				text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
				text.newLineAtOffset(50, 700);
				text.showText("Teks lengkap " + title + " " + UUID.randomUUID());
				text.endText();
			}
			document.save(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Due for destruction (closed long ago, 2 + 3 years, MUSNAH). */
	Filed dueForDestruction(String unit, String title) {
		return closedBerkas(unit, title, 2015, new Retention(2, 3, FinalAction.MUSNAH));
	}

	record Filed(UUID berkasId, UUID recordId) {
	}
}
