package id.padu.audit.internal;

import id.padu.audit.AuditTrail;
import id.padu.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.regex.Pattern;

/**
 * Explicit entries join the same per-transaction batch as the automatic ones, so they are written
 * on the transaction's connection at commit, in the same chain, and disappear on rollback.
 */
@Service
class TransactionalAuditTrail implements AuditTrail {

	private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private final EntityManagerFactory entityManagerFactory;
	private final SessionBatches batches;

	TransactionalAuditTrail(EntityManagerFactory entityManagerFactory, SessionBatches batches) {
		this.entityManagerFactory = entityManagerFactory;
		this.batches = batches;
	}

	@Override
	public void record(String action, String entityType, String entityId, Object stateOrNull) {
		if (action == null || !ACTION.matcher(action).matches()) {
			throw new IllegalArgumentException("Audit action must be an upper-case word: " + action);
		}
		if (entityType == null || entityType.isBlank() || entityType.length() > 100
				|| (entityId != null && entityId.length() > 255)) {
			throw new IllegalArgumentException("Audit entity type (1-100) or id (up to 255 characters) out of range");
		}
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			throw new IllegalStateException("Audit entries need a read-write transaction (@Transactional)");
		}
		EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory);
		if (entityManager == null) {
			throw new IllegalStateException("Audit entries need a JPA transaction");
		}
		String digest = stateOrNull == null ? null : CanonicalForm.sha256Hex(CanonicalForm.encode(stateOrNull));
		batches.add(entityManager.unwrap(SharedSessionContractImplementor.class), new PendingEntry(
				TenantContext.require().value(), Actors.current(), action, entityType, entityId, digest));
	}
}
