package id.padu.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Group commit for the access log. A reader hands over its rows and waits until they are committed; one
 * writer thread commits the rows of every reader that arrived meanwhile in one transaction. So each read
 * still returns only after its log entry is durable, but a busy pemda pays one commit per batch instead
 * of one per read. The writer keeps a connection of its own: readers waiting here while holding pooled
 * connections can never starve it.
 */
@Component
class AccessLogWriter implements SmartLifecycle {

	/** Readers whose rows go into one transaction, at most. */
	private static final int MAX_READERS_PER_BATCH = 500;
	private static final long WAIT_SECONDS = 30;

	private static final Logger log = LoggerFactory.getLogger(AccessLogWriter.class);

	private final DataSource dataSource;
	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
	private volatile boolean running;
	private Thread thread;
	private Connection connection;

	AccessLogWriter(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	record Row(UUID id, String tenantId, String nik, String accessorKind, String accessorName, String accessorDisplay,
			String accessorUnit, String purpose, String fields, String channel, Timestamp accessedAt) {
	}

	private record Pending(List<Row> rows, CompletableFuture<Void> committed) {
	}

	/** Returns once the rows are committed; throws when they could not be, so the caller shows nothing. */
	void write(List<Row> rows) {
		if (!running) {
			throw new IllegalStateException("The access log is closed (the application is stopping)");
		}
		Pending pending = new Pending(List.copyOf(rows), new CompletableFuture<>());
		queue.add(pending);
		try {
			pending.committed().get(WAIT_SECONDS, TimeUnit.SECONDS);
		} catch (ExecutionException e) {
			throw new IllegalStateException("The access could not be logged, so the data is not shown", e.getCause());
		} catch (TimeoutException e) {
			throw new IllegalStateException("The access log did not answer in time, so the data is not shown", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while logging an access", e);
		}
	}

	private void run() {
		List<Pending> batch = new ArrayList<>();
		while (running || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, MAX_READERS_PER_BATCH - 1);
				commit(batch);
				batch.forEach(p -> p.committed().complete(null));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			} catch (SQLException | RuntimeException e) {
				log.error("Could not write {} access-log batch(es); the readers get an error", batch.size(), e);
				closeConnection();
				batch.forEach(p -> p.committed().completeExceptionally(e));
			}
			batch.clear();
		}
	}

	private void commit(List<Pending> batch) throws SQLException {
		Connection c = connection();
		try (PreparedStatement insert = c.prepareStatement("""
				insert into personal_data_access (id, tenant_id, nik, accessor_kind, accessor_name, accessor_display,
				  accessor_unit, purpose, fields, channel, accessed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			for (Pending pending : batch) {
				for (Row row : pending.rows()) {
					insert.setObject(1, row.id());
					insert.setString(2, row.tenantId());
					insert.setString(3, row.nik());
					insert.setString(4, row.accessorKind());
					insert.setString(5, row.accessorName());
					insert.setString(6, row.accessorDisplay());
					insert.setString(7, row.accessorUnit());
					insert.setString(8, row.purpose());
					insert.setString(9, row.fields());
					insert.setString(10, row.channel());
					insert.setTimestamp(11, row.accessedAt());
					insert.addBatch();
				}
			}
			insert.executeBatch();
			c.commit();
		} catch (SQLException | RuntimeException e) {
			c.rollback();
			throw e;
		}
	}

	private Connection connection() throws SQLException {
		if (connection == null || connection.isClosed()) {
			connection = dataSource.getConnection();
			connection.setAutoCommit(false);
		}
		return connection;
	}

	private void closeConnection() {
		try {
			if (connection != null) {
				connection.close();
			}
		} catch (SQLException e) {
			log.debug("Closing a broken access-log connection failed", e);
		}
		connection = null;
	}

	@Override
	public synchronized void start() {
		running = true;
		thread = new Thread(this::run, "access-log-writer");
		thread.setDaemon(true);
		thread.start();
	}

	/** Drains what readers already handed over, then closes. */
	@Override
	public synchronized void stop() {
		running = false;
		try {
			thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		closeConnection();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Starts before and stops after the web server, so no request finds the log closed. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 2048;
	}
}
