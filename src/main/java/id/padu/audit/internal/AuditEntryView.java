package id.padu.audit.internal;

import java.time.Instant;
import java.util.UUID;

/** One entry as auditors see it in the list and the API. */
public record AuditEntryView(UUID id, long seq, Instant occurredAt, String actor, String action, String entityType,
		String entityId, String stateDigest, String previousHash, String entryHash) {
}
