package id.padu.registry.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The record of every import (API and upload page) in {@code resident_import_job}: figures updated as
 * each batch commits, the first errors kept when it ends. Plain SQL, always filtered by tenant.
 */
@Component
class ResidentImportJobs {

	/** A running import that has not moved for this long died with its node (restart, crash). */
	static final Duration STALE = Duration.ofMinutes(10);
	private static final String SEPARATOR = "\u001F";

	enum Status { QUEUED, RUNNING, DONE, FAILED, INTERRUPTED }

	record Job(UUID id, String fileName, String source, Status status, String startedBy, Long bytesTotal,
			long bytesRead, long rows, long imported, long updated, long rejected, long errorCount, String failure,
			Instant createdAt, Instant finishedAt) {

		public boolean finished() {
			return status == Status.DONE || status == Status.FAILED || status == Status.INTERRUPTED;
		}

		/** Per mille of the file read, or -1 when its size is unknown. */
		public int permille() {
			if (status == Status.DONE) {
				return 1000;
			}
			return bytesTotal == null || bytesTotal <= 0 ? -1 : (int) Math.min(999, bytesRead * 1000 / bytesTotal);
		}

		public int percent() {
			return Math.max(0, permille()) / 10;
		}
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	ResidentImportJobs(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	UUID create(String tenant, String fileName, String source, Long bytesTotal, String startedBy, Status status) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now(clock));
		jdbc.sql("""
				insert into resident_import_job (id, tenant_id, file_name, source, status, started_by, bytes_total,
				  created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, tenant, cut(fileName, 255), source, status.name(), cut(startedBy, 200), bytesTotal, now, now)
			.update();
		return id;
	}

	void progress(String tenant, UUID id, Status status, long bytesRead, ResidentImportRun run) {
		jdbc.sql("""
				update resident_import_job set status = ?, bytes_read = ?, rows_processed = ?, imported = ?, updated = ?,
				  rejected = ?, error_count = ?, updated_at = ? where tenant_id = ? and id = ?""")
			.params(status.name(), bytesRead, run.rows(), run.imported(), run.updated(), run.rejected(), run.errorCount(),
					Timestamp.from(Instant.now(clock)), tenant, id)
			.update();
	}

	/** The size of what is read, once known (an XLSX sheet's size is known only when it is opened). */
	void sized(String tenant, UUID id, long bytesTotal) {
		jdbc.sql("update resident_import_job set bytes_total = ? where tenant_id = ? and id = ?")
			.params(bytesTotal > 0 ? bytesTotal : null, tenant, id).update();
	}

	/** Ends the import with its figures, its first errors and, for a failure, the message key of what went wrong. */
	void finish(String tenant, UUID id, Status status, String failure, long bytesRead, ResidentImportRun run,
			List<ResidentImportError> errors) {
		progress(tenant, id, status, bytesRead, run);
		Timestamp now = Timestamp.from(Instant.now(clock));
		jdbc.sql("update resident_import_job set failure = ?, finished_at = ? where tenant_id = ? and id = ?")
			.params(failure, now, tenant, id).update();
		int seq = 0;
		for (ResidentImportError e : errors) {
			String args = Arrays.stream(e.args()).map(String::valueOf).collect(Collectors.joining(SEPARATOR));
			jdbc.sql("""
					insert into resident_import_error (job_id, tenant_id, seq, row_no, column_name, message_key, arguments)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, tenant, seq++, e.row(), e.column(), e.messageKey(), cut(args, 2000)).update();
		}
	}

	Optional<Job> find(String tenant, UUID id) {
		return jdbc.sql("select * from resident_import_job where tenant_id = ? and id = ?").params(tenant, id)
			.query(this::job).optional();
	}

	List<Job> recent(String tenant, int limit) {
		return jdbc.sql("select * from resident_import_job where tenant_id = ? order by created_at desc limit " + limit)
			.param(tenant).query(this::job).list();
	}

	List<ResidentImportError> errors(String tenant, UUID id) {
		return jdbc.sql("""
				select row_no, column_name, message_key, arguments from resident_import_error
				where tenant_id = ? and job_id = ? order by seq""")
			.params(tenant, id)
			.query((rs, n) -> new ResidentImportError(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getString(4) == null || rs.getString(4).isEmpty() ? new Object[0]
							: (Object[]) rs.getString(4).split(SEPARATOR, -1)))
			.list();
	}

	private Job job(ResultSet rs, int n) throws SQLException {
		Status status = Status.valueOf(rs.getString("status"));
		Instant updatedAt = instant(rs, "updated_at");
		if ((status == Status.RUNNING || status == Status.QUEUED)
				&& updatedAt.isBefore(Instant.now(clock).minus(STALE))) {
			status = Status.INTERRUPTED;
		}
		Long total = rs.getObject("bytes_total") == null ? null : rs.getLong("bytes_total");
		return new Job(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("source"), status,
				rs.getString("started_by"), total, rs.getLong("bytes_read"),
				rs.getLong("rows_processed"), rs.getLong("imported"), rs.getLong("updated"), rs.getLong("rejected"),
				rs.getLong("error_count"), rs.getString("failure"), instant(rs, "created_at"), instant(rs, "finished_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}
