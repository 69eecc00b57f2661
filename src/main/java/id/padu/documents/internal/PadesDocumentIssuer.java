package id.padu.documents.internal;

import id.padu.audit.AuditTrail;
import id.padu.documents.DocumentIssued;
import id.padu.documents.DocumentIssuer;
import id.padu.documents.DocumentRevoked;
import id.padu.documents.DocumentStore;
import id.padu.documents.IssueRequest;
import id.padu.documents.IssuedDocument;
import id.padu.documents.SigningRefusedException;
import id.padu.documents.StoredFile;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import id.padu.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues signed documents in the caller's transaction. A refused signature (wrong passphrase, no valid
 * certificate) is found before anything is written, so it does not mark the caller's transaction for rollback:
 * the caller may show the refusal and carry on.
 */
@Service
@Transactional(noRollbackFor = SigningRefusedException.class)
class PadesDocumentIssuer implements DocumentIssuer {

	private final SignerProfiles signers;
	private final SigningCredentials credentials;
	private final SignedDocumentRenderer renderer;
	private final DocumentStore store;
	private final IssuedDocumentRepository documents;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final VerificationLinks links;
	private final Letterheads letterheads;

	PadesDocumentIssuer(SignerProfiles signers, SigningCredentials credentials, SignedDocumentRenderer renderer,
			DocumentStore store, IssuedDocumentRepository documents, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock, VerificationLinks links, Letterheads letterheads) {
		this.signers = signers;
		this.credentials = credentials;
		this.renderer = renderer;
		this.store = store;
		this.documents = documents;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.links = links;
		this.letterheads = letterheads;
	}

	@Override
	public IssuedDocument issue(IssueRequest request) {
		char[] passphrase = request.passphrase();
		SigningCredentials.Unlocked key;
		SignerProfile signer;
		try {
			IssueRules.check(request);
			signer = signers.require(request.signerUsername(), request.signingPositionCode());
			key = credentials.unlock(request.signerUsername(), passphrase);
		} finally {
			if (passphrase != null) {
				Arrays.fill(passphrase, '\0');
			}
		}
		Instant signedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		String code = VerificationCodes.next();
		DocumentText text = new DocumentText(request.documentType().strip(), request.documentNumber().strip(),
				request.title().strip());
		byte[] signed = renderer.renderAndSign(text, request.bodyXhtml(), signer, key, signedAt, code,
				links.url(code), request.layout(), request.closingXhtml());
		StoredFile file = store.store(new ByteArrayInputStream(signed), IssueRules.fileName(text));
		IssuedDocumentRecord record = documents.save(new IssuedDocumentRecord(code, text, signer,
				key.certificateBase64(), file.sha256(), file.size(), signedAt, request.sourceModule(),
				request.sourceReference()).withHolder(request.holderName()));
		audit.record("SIGN", "IssuedDocument", record.getId().toString(),
				Map.of("sha256", file.sha256(), "signer", signer.username(), "number", text.documentNumber()));
		events.publishEvent(new DocumentIssued(TenantContext.require(), record.getId(), code, text.documentType(),
				text.documentNumber(), file.sha256(), request.sourceModule(), request.sourceReference()));
		return record.toIssuedDocument();
	}

	@Override
	@Transactional(readOnly = true)
	public String placeOfIssue() {
		return letterheads.current(null).place();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<IssuedDocument> find(UUID issuedDocumentId) {
		return documents.findById(issuedDocumentId).map(IssuedDocumentRecord::toIssuedDocument);
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] content(UUID issuedDocumentId) {
		IssuedDocumentRecord record = record(issuedDocumentId);
		try (InputStream in = store.open(record.sha256())) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException("Could not read issued document " + issuedDocumentId, e);
		}
	}

	@Override
	public void revoke(UUID issuedDocumentId, String reason) {
		IssuedDocumentRecord record = record(issuedDocumentId);
		String why = IssueRules.revocationReason(reason);
		if (record.isRevoked()) {
			throw new BusinessRuleViolation("documents.revocation.already");
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		record.revoke(why, actor(), now);
		audit.record("REVOKE", "IssuedDocument", issuedDocumentId.toString(), Map.of("reason", why));
		events.publishEvent(new DocumentRevoked(TenantContext.require(), issuedDocumentId,
				record.toIssuedDocument().verificationCode(), why, now, record.sourceModule(), record.sourceReference()));
	}

	IssuedDocumentRecord record(UUID id) {
		return documents.findById(id).orElseThrow(() -> new NotFoundException("documents.issued.notFound"));
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
	}
}
