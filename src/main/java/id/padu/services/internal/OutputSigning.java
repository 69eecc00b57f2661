package id.padu.services.internal;

import id.padu.documents.DocumentIssuer;
import id.padu.documents.IssueRequest;
import id.padu.documents.IssuedDocument;
import id.padu.identity.PaduUser;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Signs an application's output at its signing step: the values are prepared before the decision moves the
 * process on ({@link OutputDocument#prepare}), the body is rendered once the process's steps have run and
 * handed to the documents module, which adds the letterhead and QR code, signs it (PAdES) with the head's
 * certificate and registers it for public verification, all in the decision's transaction. A wrong
 * passphrase signs nothing, and the decision's transaction rolls back whatever the steps did.
 */
@Component
class OutputSigning {

	static final String SOURCE = "services";

	private final OutputDocument documents;
	private final DocumentIssuer issuer;

	OutputSigning(OutputDocument documents, DocumentIssuer issuer) {
		this.documents = documents;
		this.issuer = issuer;
	}

	OutputDocument.Prepared prepare(ServiceApplication application, ServiceBundle bundle) {
		return documents.prepare(application, bundle);
	}

	/** @throws id.padu.documents.SigningRefusedException wrong passphrase or no valid certificate */
	UUID sign(OutputDocument.Prepared prepared, ServiceApplication application, PaduUser signer, char[] passphrase) {
		OutputDocument.Draft draft = documents.render(prepared, application);
		IssuedDocument issued = issuer.issue(new IssueRequest(draft.documentType(), draft.number(), draft.title(),
				draft.bodyXhtml(), signer.getUsername(), passphrase, SOURCE, application.getId().toString(),
				draft.holderName(), OutputSpec.CARD.equals(draft.layout()) ? IssueRequest.Layout.CARD
						: IssueRequest.Layout.A4));
		return issued.id();
	}

	byte[] content(UUID issuedDocumentId) {
		return issuer.content(issuedDocumentId);
	}
}
