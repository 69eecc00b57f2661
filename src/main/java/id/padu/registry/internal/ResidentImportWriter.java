package id.padu.registry.internal;

import id.padu.registry.internal.ResidentImportStore.Written;
import id.padu.shared.TenantId;
import id.padu.tenancy.TenantContext;
import jakarta.annotation.PreDestroy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
	private final ExecutorService writers = Executors.newCachedThreadPool(work -> {
		Thread thread = new Thread(work, "resident-import-writer");
		thread.setDaemon(true);
		return thread;
	});

	ResidentImportWriter(JdbcTemplate jdbc, TransactionTemplate tx, ApplicationEventPublisher events) {
		this.tx = tx;
		this.events = events;
		String product = jdbc.execute((ConnectionCallback<String>) con -> con.getMetaData().getDatabaseProductName());
		this.store = "PostgreSQL".equalsIgnoreCase(product) ? new ResidentImportPostgresStore(jdbc)
				: new ResidentImportJdbcStore(jdbc);
	}

	/**
	 * Writes the batch on a writer thread, so the next batch is read and checked while the database stores
	 * this one; the caller collects the result (or the failure) before handing over the next.
	 */
	Future<Written> submit(String tenant, List<ResidentImportRow> rows, Timestamp now) {
		Callable<Written> task = () -> TenantContext.callAs(new TenantId(tenant), () -> write(tenant, rows, now));
		return writers.submit(new DelegatingSecurityContextCallable<>(task));
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

	@PreDestroy
	void stop() {
		writers.shutdownNow();
	}
}
