package id.padu.audit.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored link of a tenant's chain. {@link #computeHash()} is the single definition of what the
 * entry hash covers; the writer and the verifier both use it.
 */
record ChainEntry(UUID id, String tenantId, long seq, Instant occurredAt, String actor, String action,
		String entityType, String entityId, String stateDigest, String previousHash, String entryHash) {

	/** The previous hash of a tenant's first entry. */
	static final String GENESIS = "0".repeat(64);

	static String hash(String tenantId, long seq, Instant occurredAt, String actor, String action, String entityType,
			String entityId, String stateDigest, String previousHash) {
		StringBuilder text = new StringBuilder("padu-audit-v1|");
		CanonicalForm.field(text, tenantId);
		CanonicalForm.field(text, Long.toString(seq));
		CanonicalForm.field(text, occurredAt.toString());
		CanonicalForm.field(text, actor);
		CanonicalForm.field(text, action);
		CanonicalForm.field(text, entityType);
		CanonicalForm.field(text, entityId);
		CanonicalForm.field(text, stateDigest);
		CanonicalForm.field(text, previousHash);
		return CanonicalForm.sha256Hex(text.toString());
	}

	String computeHash() {
		return hash(tenantId, seq, occurredAt, actor, action, entityType, entityId, stateDigest, previousHash);
	}
}
