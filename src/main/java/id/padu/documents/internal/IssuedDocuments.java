package id.padu.documents.internal;

import id.padu.audit.AuditTrail;
import id.padu.documents.DocumentIssuer;
import id.padu.identity.PaduUser;
import id.padu.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * The staff side of issued documents: lists, one document, revocation. Another pemda's document is not found
 * (404) before anyone asks whether the user may manage it (403).
 */
@Service
@Transactional(readOnly = true)
class IssuedDocuments {

	static final int LIST_LIMIT = 200;

	private final IssuedDocumentRepository documents;
	private final DocumentIssuer issuer;
	private final AuditTrail audit;

	IssuedDocuments(IssuedDocumentRepository documents, DocumentIssuer issuer, AuditTrail audit) {
		this.documents = documents;
		this.issuer = issuer;
		this.audit = audit;
	}

	List<IssuedDocumentRecord> visibleTo(PaduUser user) {
		PageRequest page = PageRequest.of(0, LIST_LIMIT);
		return DocumentManagementPolicy.seesAll(user) ? documents.findAllByOrderBySignedAtDesc(page)
				: documents.findBySignerUsernameOrderBySignedAtDesc(user.getUsername(), page);
	}

	/** @throws NotFoundException for another pemda's or an unknown id; AccessDeniedException for others' documents */
	IssuedDocumentRecord manageable(UUID id, PaduUser user) {
		IssuedDocumentRecord document = documents.findById(id)
			.orElseThrow(() -> new NotFoundException("documents.issued.notFound"));
		if (!DocumentManagementPolicy.mayManage(user, document)) {
			throw new AccessDeniedException("Only an admin or the signer manages issued document " + id);
		}
		return document;
	}

	@Transactional
	IssuedDocumentRecord revoke(UUID id, String reason, PaduUser user) {
		manageable(id, user);
		issuer.revoke(id, reason);
		return documents.findById(id).orElseThrow();
	}

	/** The signed PDF; opening it is recorded in the audit chain. */
	@Transactional
	byte[] content(UUID id, PaduUser user) {
		IssuedDocumentRecord document = manageable(id, user);
		audit.record("OPEN", "IssuedDocument", id.toString(), document.sha256());
		return issuer.content(id);
	}
}
