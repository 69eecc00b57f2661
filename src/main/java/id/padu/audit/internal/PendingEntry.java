package id.padu.audit.internal;

/** A change seen during a transaction, waiting to be chained when the transaction commits. */
record PendingEntry(String tenantId, String actor, String action, String entityType, String entityId,
		String stateDigest) {
}
