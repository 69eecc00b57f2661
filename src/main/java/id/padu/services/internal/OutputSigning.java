package id.padu.services.internal;

import id.padu.identity.PaduUser;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** PLACEHOLDER until the documents module's signing is merged. */
@Component
class OutputSigning {

	private final OutputDocument documents;

	OutputSigning(OutputDocument documents) {
		this.documents = documents;
	}

	UUID sign(ServiceApplication application, ServiceBundle bundle, PaduUser signer, char[] passphrase) {
		documents.draft(application, bundle);
		throw new IllegalStateException("Signing is not available yet");
	}

	byte[] content(UUID issuedDocumentId) {
		throw new IllegalStateException("Signing is not available yet");
	}
}
