package id.padu.archive.internal.filing;

import id.padu.archive.internal.Filing;
import id.padu.archive.internal.RecordDraft;
import id.padu.archive.internal.RecordMedia;
import id.padu.archive.internal.RecordSource;
import id.padu.classification.SecurityClass;
import id.padu.documents.DocumentIssuer;
import id.padu.documents.IssuedDocument;
import id.padu.services.ApplicationCompleted;
import id.padu.shared.web.Formats;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;
import java.util.Optional;

/**
 * The signed document a completed service application produced becomes a record under the service's line in
 * {@link ServiceClassifications}. An application without an issued document (rejected, or a service without an
 * output) files nothing. Issued documents carry a citizen's personal data: they are TERBATAS.
 */
@Component
class IssuedDocumentFiling {

	private final AutomaticFiling filing;
	private final DocumentIssuer issuer;
	private final ServiceClassifications classifications;

	IssuedDocumentFiling(AutomaticFiling filing, DocumentIssuer issuer, ServiceClassifications classifications) {
		this.filing = filing;
		this.issuer = issuer;
		this.classifications = classifications;
	}

	@Async
	@TransactionalEventListener
	void on(ApplicationCompleted completed) {
		if (completed.issuedDocumentId() == null) {
			return;
		}
		String reference = completed.applicationId().toString();
		filing.fileOnce(completed.tenant(), RecordSource.SERVICE_APPLICATION, reference, () -> {
			IssuedDocument document = issuer.find(completed.issuedDocumentId()).orElseThrow();
			ServiceClassifications.Line line = classifications.lineFor(completed.serviceCode());
			String title = document.documentType() + (document.documentNumber() == null ? ""
					: " nomor " + document.documentNumber());
			RecordDraft draft = new RecordDraft(title, document.signedAt().atZone(Formats.JAKARTA).toLocalDate(),
					line.classificationCode(), line.creatorUnit(), SecurityClass.TERBATAS,
					"Dokumen layanan " + completed.serviceCode() + ", permohonan " + completed.trackingNumber(),
					RecordMedia.ELECTRONIC, null, null, null,
					new RecordSource(RecordSource.SERVICE_APPLICATION, reference));
			return Optional.of(new AutomaticFiling.Filed(draft, List.of(new Filing.Content.Stored(document.sha256()))));
		});
	}
}
