package id.padu.audit;

/**
 * Appends explicit entries to the current tenant's audit chain, for changes made with plain SQL and
 * for named actions such as {@code LOGIN}, {@code SIGN} or {@code OPEN}. Changes to JPA entities are
 * captured automatically and need no call.
 */
public interface AuditTrail {

	/**
	 * Records an entry in the current read-write transaction; it is written when the transaction
	 * commits and vanishes with it on rollback.
	 *
	 * @param action upper-case word, e.g. {@code UPDATE} or {@code SIGN} (letters, digits and {@code _})
	 * @param entityType what was acted on, e.g. {@code Letter}
	 * @param entityId its id, or {@code null}
	 * @param stateOrNull the new state (a record, map, collection or value); only its SHA-256 digest
	 *        is kept. JPA entities are refused: pass a record of the fields that matter.
	 * @throws IllegalStateException without a read-write transaction or a current tenant
	 */
	void record(String action, String entityType, String entityId, Object stateOrNull);
}
