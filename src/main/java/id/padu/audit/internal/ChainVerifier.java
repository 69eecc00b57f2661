package id.padu.audit.internal;

import id.padu.tenancy.TenantContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Walks the current tenant's chain in sequence order, row by row (streamed, never a list of all
 * entries), recomputes every entry hash and checks every link, numbering and the head row; then
 * recomputes every access-log seal from the rows it covers.
 */
@Service
class ChainVerifier {

	/** Seal entries read per round trip: bounded memory however long the chain is. */
	private static final int SEAL_PAGE = 500;

	private final JdbcTemplate template;
	private final JdbcClient jdbc;

	ChainVerifier(DataSource dataSource) {
		this.template = new JdbcTemplate(dataSource);
		// A fetch size makes PostgreSQL stream the rows inside the transaction instead of loading all.
		template.setFetchSize(500);
		this.jdbc = JdbcClient.create(template);
	}

	/** One snapshot for the whole walk: entries or seals committed meanwhile must not look like a gap. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	ChainVerification verify() {
		String tenantId = TenantContext.require().value();
		Walk walk = new Walk();
		jdbc.sql("""
				select id, tenant_id, seq, occurred_at, actor, action, entity_type, entity_id, state_digest,
				  previous_hash, entry_hash
				from audit_entry where tenant_id = :tenant order by seq""")
			.param("tenant", tenantId)
			.query((RowCallbackHandler) rs -> walk.check(new ChainEntry(rs.getObject("id", UUID.class),
					rs.getString("tenant_id"), rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
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
		Seals seals = checkSeals(tenantId);
		if (walk.broken == null) {
			walk.broken = seals.broken;
		}
		long unsealed = jdbc.sql("select count(*) from personal_data_access where tenant_id = :tenant and seal_seq is null")
			.param("tenant", tenantId).query(Long.class).single();
		return new ChainVerification(walk.broken == null, walk.count, walk.broken, seals.rows, unsealed);
	}

	/**
	 * Each seal's rows must still give the digest and count its chain entry holds (the entry itself is
	 * protected by the chain walk), and no row may claim a seal that does not exist.
	 */
	private Seals checkSeals(String tenantId) {
		Seals seals = new Seals();
		long after = 0;
		List<Seal> page;
		do {
			page = jdbc.sql("""
					select id, seq, entity_id, state_digest from audit_entry
					where tenant_id = :tenant and action = :action and seq > :after order by seq limit :page""")
				.param("tenant", tenantId).param("action", AccessLogSealer.ACTION).param("after", after)
				.param("page", SEAL_PAGE)
				.query((rs, n) -> new Seal(rs.getObject("id", UUID.class), rs.getLong("seq"), rs.getString("entity_id"),
						rs.getString("state_digest")))
				.list();
			for (Seal seal : page) {
				after = seal.seq();
				AccessLogDigest.Sealed actual = template.execute(
						(ConnectionCallback<AccessLogDigest.Sealed>) c -> AccessLogDigest.of(c, tenantId, seal.seq()));
				seals.rows += actual.rows();
				if (seals.broken == null && (!Long.toString(actual.rows()).equals(seal.rows())
						|| !actual.digest().equals(seal.digest()))) {
					seals.broken = new ChainVerification.BrokenEntry(seal.seq(), seal.id(),
							ChainVerification.Reason.ACCESS_LOG_MISMATCH, null);
				}
			}
		} while (page.size() == SEAL_PAGE);
		long claiming = jdbc.sql("select count(*) from personal_data_access where tenant_id = :tenant and seal_seq > 0")
			.param("tenant", tenantId).query(Long.class).single();
		if (seals.broken == null && claiming != seals.rows) {
			seals.broken = new ChainVerification.BrokenEntry(null, null, ChainVerification.Reason.ACCESS_LOG_MISMATCH, null);
		}
		return seals;
	}

	private record Seal(UUID id, long seq, String rows, String digest) {
	}

	private static final class Seals {

		long rows;
		ChainVerification.BrokenEntry broken;
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
