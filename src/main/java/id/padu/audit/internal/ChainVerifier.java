package id.padu.audit.internal;

import id.padu.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Walks the current tenant's chain in sequence order, row by row (streamed, never a list of all
 * entries), recomputes every entry hash and checks every link, numbering and the head row.
 */
@Service
class ChainVerifier {

	private final JdbcClient jdbc;

	ChainVerifier(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		// A fetch size makes PostgreSQL stream the rows inside the transaction instead of loading all.
		template.setFetchSize(500);
		this.jdbc = JdbcClient.create(template);
	}

	@Transactional(readOnly = true)
	ChainVerification verify() {
		String tenantId = TenantContext.require().value();
		Walk walk = new Walk();
		jdbc.sql("""
				select id, tenant_id, seq, occurred_at, actor, action, entity_type, entity_id, state_digest,
				  previous_hash, entry_hash
				from audit_entry where tenant_id = :tenant order by seq""")
			.param("tenant", tenantId)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> walk.check(new ChainEntry(rs.getObject("id", UUID.class), rs.getString("tenant_id"),
					rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"),
					rs.getString("entity_id"), rs.getString("state_digest"), rs.getString("previous_hash"),
					rs.getString("entry_hash"))));
		List<Long> head = jdbc.sql("select last_seq from audit_chain_head where tenant_id = :tenant")
			.param("tenant", tenantId).query(Long.class).list();
		long lastSeq = head.isEmpty() ? 0 : head.get(0);
		if (walk.broken == null && lastSeq > walk.expectedSeq - 1) {
			// Entries cut off at the end: the head remembers more than the table holds.
			walk.broken = new ChainVerification.BrokenEntry(null, null, ChainVerification.Reason.GAP, walk.expectedSeq);
		}
		return new ChainVerification(walk.broken == null, walk.count, walk.broken);
	}

	private static final class Walk {

		long count;
		long expectedSeq = 1;
		String previousHash = ChainEntry.GENESIS;
		ChainVerification.BrokenEntry broken;

		void check(ChainEntry entry) {
			count++;
			if (broken == null) {
				ChainVerification.Reason reason = null;
				if (entry.seq() != expectedSeq) {
					reason = ChainVerification.Reason.GAP;
				} else if (!entry.computeHash().equals(entry.entryHash())) {
					reason = ChainVerification.Reason.HASH_MISMATCH;
				} else if (!previousHash.equals(entry.previousHash())) {
					reason = ChainVerification.Reason.BROKEN_LINK;
				}
				if (reason != null) {
					broken = new ChainVerification.BrokenEntry(entry.seq(), entry.id(), reason,
							reason == ChainVerification.Reason.GAP ? expectedSeq : null);
				}
			}
			expectedSeq = entry.seq() + 1;
			previousHash = entry.entryHash();
		}
	}
}
