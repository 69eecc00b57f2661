package id.padu.services.internal;

import id.padu.documents.DocumentIssuer;
import id.padu.documents.IssueRequest;
import id.padu.documents.IssuedDocument;
import id.padu.identity.PaduUser;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Signs an application's output at its signing step: the body is drafted from the bundle version's
 * template ({@link OutputDocument}) and handed to the documents module, which adds the letterhead and QR code,
 * signs it (PAdES) with the head's certificate and registers it for public verification, all in the
 * decision's transaction. A wrong passphrase signs nothing and changes nothing.
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

	/** @throws id.padu.documents.SigningRefusedException wrong passphrase or no valid certificate */
	UUID sign(ServiceApplication application, ServiceBundle bundle, PaduUser signer, char[] passphrase) {
		OutputDocument.Draft draft = documents.draft(application, bundle);
		IssuedDocument issued = issuer.issue(new IssueRequest(draft.documentType(), draft.number(), draft.title(),
				draft.bodyXhtml(), signer.getUsername(), passphrase, SOURCE, application.getId().toString()));
		return issued.id();
	}

	byte[] content(UUID issuedDocumentId) {
		return issuer.content(issuedDocumentId);
	}
}
