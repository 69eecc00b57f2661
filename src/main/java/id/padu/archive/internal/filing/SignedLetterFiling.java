package id.padu.archive.internal.filing;

import id.padu.archive.internal.ArchiveReaders;
import id.padu.archive.internal.Filing;
import id.padu.archive.internal.RecordDraft;
import id.padu.archive.internal.RecordMedia;
import id.padu.archive.internal.RecordSource;
import id.padu.documents.DocumentIssuer;
import id.padu.documents.IssuedDocument;
import id.padu.eoffice.LetterSigned;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;
import java.util.Optional;

/**
 * A signed outgoing letter becomes a record of its issuing OPD, with the signed PDF (already in the document store)
 * as its file, in the year's berkas of its classification code.
 */
@Component
class SignedLetterFiling {

	private final AutomaticFiling filing;
	private final DocumentIssuer issuer;
	private final ArchiveReaders readers;

	SignedLetterFiling(AutomaticFiling filing, DocumentIssuer issuer, ArchiveReaders readers) {
		this.filing = filing;
		this.issuer = issuer;
		this.readers = readers;
	}

	@Async
	@TransactionalEventListener
	void on(LetterSigned signed) {
		String reference = signed.letterId().toString();
		filing.fileOnce(signed.tenant(), RecordSource.OUTGOING_LETTER, reference, () -> {
			IssuedDocument pdf = issuer.find(signed.issuedDocumentId()).orElseThrow();
			String opd = readers.opdOf(signed.issuingUnitCode()).orElse(signed.issuingUnitCode());
			RecordDraft draft = new RecordDraft(signed.subject(), signed.letterDate(), signed.classificationCode(), opd,
					signed.securityClass(), "Surat keluar nomor " + signed.number(), RecordMedia.ELECTRONIC, null,
					null, null, new RecordSource(RecordSource.OUTGOING_LETTER, reference));
			return Optional.of(new AutomaticFiling.Filed(draft, List.of(new Filing.Content.Stored(pdf.sha256()))));
		});
	}
}
