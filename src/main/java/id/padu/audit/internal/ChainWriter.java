package id.padu.audit.internal;

import id.padu.shared.persistence.TimeOrderedUuid;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Appends entries to tenants' chains on the caller's connection, inside the caller's transaction.
 * The tenant's head row is locked first, so a concurrent transaction waits here and then continues
 * from the new head: the chain never forks, and a rollback takes the entries with it.
 */
@Component
class ChainWriter {

	private final Clock clock;

	ChainWriter(Clock clock) {
		this.clock = clock;
	}

	void append(Connection connection, List<PendingEntry> entries) throws SQLException {
		// Tenants in a fixed order, so two transactions touching the same tenants cannot deadlock.
		Map<String, List<PendingEntry>> byTenant = entries.stream()
			.collect(Collectors.groupingBy(PendingEntry::tenantId, TreeMap::new, Collectors.toList()));
		for (Map.Entry<String, List<PendingEntry>> tenant : byTenant.entrySet()) {
			appendForTenant(connection, tenant.getKey(), tenant.getValue());
		}
	}

	/** Appends one tenant's entries under its head lock; answers the sequence number of the last one. */
	long appendForTenant(Connection connection, String tenantId, List<PendingEntry> entries) throws SQLException {
		Head head = lockHead(connection, tenantId);
		// Microseconds: what both PostgreSQL and H2 store, so the hash is recomputed from the same instant.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		long seq = head.lastSeq();
		String previous = head.lastHash();
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into audit_entry (id, tenant_id, seq, occurred_at, actor, action, entity_type, entity_id,
				  state_digest, previous_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			for (PendingEntry entry : entries) {
				seq++;
				String hash = ChainEntry.hash(tenantId, seq, now, entry.actor(), entry.action(), entry.entityType(),
						entry.entityId(), entry.stateDigest(), previous);
				insert.setObject(1, TimeOrderedUuid.next());
				insert.setString(2, tenantId);
				insert.setLong(3, seq);
				insert.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
				insert.setString(5, entry.actor());
				insert.setString(6, entry.action());
				insert.setString(7, entry.entityType());
				insert.setString(8, entry.entityId());
				insert.setString(9, entry.stateDigest());
				insert.setString(10, previous);
				insert.setString(11, hash);
				insert.addBatch();
				previous = hash;
			}
			insert.executeBatch();
		}
		try (PreparedStatement update = connection.prepareStatement(
				"update audit_chain_head set last_seq = ?, last_hash = ? where tenant_id = ?")) {
			update.setLong(1, seq);
			update.setString(2, previous);
			update.setString(3, tenantId);
			update.executeUpdate();
		}
		return seq;
	}

	/**
	 * Locks the tenant's head row, creating it on the tenant's first entry. Two first entries may
	 * race to create it: the loser's insert fails on the primary key after the winner commits, and
	 * it then locks the winner's row. The savepoint keeps PostgreSQL's transaction usable after that.
	 * Locking again in the same transaction is harmless: the row is already this transaction's.
	 */
	Head lockHead(Connection connection, String tenantId) throws SQLException {
		Head head = selectForUpdate(connection, tenantId);
		if (head != null) {
			return head;
		}
		Savepoint savepoint = connection.setSavepoint();
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into audit_chain_head (tenant_id, last_seq, last_hash) values (?, 0, ?)")) {
			insert.setString(1, tenantId);
			insert.setString(2, ChainEntry.GENESIS);
			insert.executeUpdate();
			connection.releaseSavepoint(savepoint);
		} catch (SQLException raced) {
			connection.rollback(savepoint);
		}
		head = selectForUpdate(connection, tenantId);
		if (head == null) {
			throw new SQLException("Audit chain head of tenant " + tenantId + " could not be created");
		}
		return head;
	}

	private static Head selectForUpdate(Connection connection, String tenantId) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(
				"select last_seq, last_hash from audit_chain_head where tenant_id = ? for update")) {
			select.setString(1, tenantId);
			try (ResultSet rs = select.executeQuery()) {
				return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : null;
			}
		}
	}

	record Head(long lastSeq, String lastHash) {
	}
}
