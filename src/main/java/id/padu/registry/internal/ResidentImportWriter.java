package id.padu.registry.internal;

import id.padu.registry.internal.ResidentImportStore.Written;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.util.List;

/**
 * Commits one batch of checked rows in its own transaction: either the whole batch is stored or none
 * of it, and a later failure never takes back a committed batch. Publishes {@link ResidentsWritten}
 * inside the transaction for the rows the batch actually changed, as {@link RegistryBatchWriter} does,
 * so the search index follows rows written with plain JDBC.
 */
@Component
class ResidentImportWriter {

	private final TransactionTemplate tx;
	private final ApplicationEventPublisher events;
	private final ResidentImportStore store;

	ResidentImportWriter(JdbcTemplate jdbc, TransactionTemplate tx, ApplicationEventPublisher events) {
		this.tx = tx;
		this.events = events;
		String product = jdbc.execute((ConnectionCallback<String>) con -> con.getMetaData().getDatabaseProductName());
		this.store = "PostgreSQL".equalsIgnoreCase(product) ? new ResidentImportPostgresStore(jdbc)
				: new ResidentImportJdbcStore(jdbc);
	}

	Written write(String tenant, List<ResidentImportRow> rows, Timestamp now) {
		return tx.execute(status -> {
			Written written = store.write(tenant, rows, now);
			if (!written.niks().isEmpty()) {
				events.publishEvent(new ResidentsWritten(tenant, written.niks()));
			}
			return written;
		});
	}

	String storeName() {
		return store.getClass().getSimpleName();
	}
}
