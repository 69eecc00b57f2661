package id.padu.audit.internal;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects a transaction's entries per Hibernate session and writes them just before the commit,
 * after Hibernate's last flush, on the session's own JDBC connection (as Envers does). The entries
 * therefore commit or roll back together with the changes they describe.
 */
@Component
class SessionBatches {

	private final ChainWriter writer;
	private final Map<SharedSessionContractImplementor, List<PendingEntry>> pending = new ConcurrentHashMap<>();

	SessionBatches(ChainWriter writer) {
		this.writer = writer;
	}

	void add(SharedSessionContractImplementor session, PendingEntry entry) {
		if (!session.isTransactionInProgress()) {
			// Outside a transaction the change itself auto-commits; its entry does the same.
			session.doWork(connection -> writer.append(connection, List.of(entry)));
			return;
		}
		pending.computeIfAbsent(session, this::startBatch).add(entry);
	}

	private List<PendingEntry> startBatch(SharedSessionContractImplementor session) {
		TransactionCompletionCallbacks callbacks = session.getTransactionCompletionCallbacks();
		callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) this::write);
		// On rollback the before-completion step never runs; forget the batch either way.
		callbacks.registerCallback(
				(TransactionCompletionCallbacks.AfterCompletionCallback) (success, s) -> pending.remove(s));
		return new ArrayList<>();
	}

	private void write(SharedSessionContractImplementor session) {
		List<PendingEntry> entries = pending.remove(session);
		if (entries != null && !entries.isEmpty()) {
			session.doWork(connection -> {
				try {
					writer.append(connection, entries);
				} catch (SQLException e) {
					throw new IllegalStateException("Audit entries could not be written; the change is rolled back", e);
				}
			});
		}
	}
}
