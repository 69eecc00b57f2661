package id.padu.archive.internal.filing;

import id.padu.archive.internal.ArchiveReaders;
import id.padu.archive.internal.Filing;
import id.padu.archive.internal.RecordDraft;
import id.padu.archive.internal.RecordMedia;
import id.padu.archive.internal.RecordSource;
import id.padu.archive.internal.TextStatus;
import id.padu.documents.PdfRenderer;
import id.padu.eoffice.IncomingLetterClosed;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.PositionRef;
import id.padu.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A closed incoming letter becomes a record of the OPD it was disposed in, with two original files: the registered
 * scan (when there is one) and the "lembar disposisi" rendered from its trail. The sheet is born-digital, so the
 * record is findable at once by the sheet's words; the scan waits for OCR.
 */
@Component
class IncomingLetterFiling {

	private static final Logger log = LoggerFactory.getLogger(IncomingLetterFiling.class);

	private final AutomaticFiling filing;
	private final PdfRenderer renderer;
	private final OrganizationDirectory organization;
	private final ArchiveReaders readers;

	IncomingLetterFiling(AutomaticFiling filing, PdfRenderer renderer, OrganizationDirectory organization,
			ArchiveReaders readers) {
		this.filing = filing;
		this.renderer = renderer;
		this.organization = organization;
		this.readers = readers;
	}

	@Async
	@TransactionalEventListener
	void on(IncomingLetterClosed closed) {
		String reference = closed.letterId().toString();
		filing.fileOnce(TenantId.of(closed.tenantId()), RecordSource.INCOMING_LETTER, reference, () -> {
			Optional<String> opd = creatorOf(closed);
			if (opd.isEmpty()) {
				log.warn("Incoming letter {} has no disposition from a known position; not filed", reference);
				return Optional.empty();
			}
			String sheet = DispositionSheet.xhtml(closed);
			List<Filing.Content> files = new ArrayList<>();
			if (closed.scanSha256() != null) {
				files.add(new Filing.Content.Stored(closed.scanSha256()));
			}
			byte[] pdf = renderer.render(DispositionSheet.TITLE + " " + closed.agendaNumber(), sheet);
			files.add(new Filing.Content.Upload(new ByteArrayInputStream(pdf),
					"lembar-disposisi-" + closed.agendaNumber().replace('/', '-') + ".pdf"));
			RecordDraft draft = new RecordDraft(closed.subject(), closed.letterDate(), closed.classificationCode(),
					opd.get(), closed.securityClass(),
					"Surat masuk dari " + closed.senderName() + " nomor " + closed.letterNumber() + ", agenda "
							+ closed.agendaNumber(),
					RecordMedia.ELECTRONIC, null, null, null, new RecordSource(RecordSource.INCOMING_LETTER, reference));
			return Optional.of(new AutomaticFiling.Filed(draft, files, record -> {
				// Filing keeps no text while a file waits for OCR; the sheet's words make it findable meanwhile.
				if (record.textStatus() == TextStatus.WAITING_OCR) {
					record.text(sheetText(closed), TextStatus.WAITING_OCR);
				}
			}));
		});
	}

	/** The OPD of the head who disposed the letter first. */
	private Optional<String> creatorOf(IncomingLetterClosed closed) {
		return closed.trail().stream()
			.filter(d -> d.parentId() == null)
			.findFirst()
			.flatMap(d -> organization.findPosition(d.fromPosition()))
			.map(PositionRef::unitCode)
			.flatMap(readers::opdOf);
	}

	private static String sheetText(IncomingLetterClosed closed) {
		return DispositionSheet.xhtml(closed).replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">")
			.replace("&quot;", "\"").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
	}
}
