package id.padu.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Makes the personal-data access log tamper-evident without putting the audit chain's lock on every
 * read: every few seconds, per tenant, the rows written since the last seal get one
 * {@code SEAL_ACCESS_LOG} chain entry (entity id = the number of rows, state digest =
 * {@link AccessLogDigest}) and carry its sequence number. Runs under the tenant's head lock, so two
 * nodes never seal the same rows; rows of transactions still open are sealed next time.
 */
@Component
class AccessLogSealer {

	static final String ACTION = "SEAL_ACCESS_LOG";
	static final String ENTITY_TYPE = "PersonalDataAccess";

	private static final Logger log = LoggerFactory.getLogger(AccessLogSealer.class);

	private final JdbcTemplate jdbc;
	private final TransactionTemplate tx;
	private final ChainWriter writer;

	AccessLogSealer(JdbcTemplate jdbc, TransactionTemplate tx, ChainWriter writer) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.writer = writer;
	}

	@Scheduled(fixedDelayString = "${padu.audit.seal-interval:PT2S}", initialDelayString = "${padu.audit.seal-interval:PT2S}")
	void sealPending() {
		for (String tenant : tenantsWithPendingRows()) {
			try {
				seal(tenant);
			} catch (RuntimeException e) {
				// The rows stay unsealed and are retried next round; the verifier reports them as pending.
				log.warn("Sealing the access log of tenant {} failed; retrying next round", tenant, e);
			}
		}
	}

	List<String> tenantsWithPendingRows() {
		return jdbc.queryForList("select distinct tenant_id from personal_data_access where seal_seq is null", String.class);
	}

	/** Seals the tenant's pending rows in one transaction; answers how many it sealed. */
	long seal(String tenantId) {
		Long sealed = tx.execute(status -> jdbc.execute((ConnectionCallback<Long>) connection -> sealOn(connection, tenantId)));
		return sealed == null ? 0 : sealed;
	}

	private long sealOn(Connection connection, String tenantId) throws SQLException {
		long sealSeq = writer.lockHead(connection, tenantId).lastSeq() + 1;
		int claimed;
		try (PreparedStatement claim = connection.prepareStatement(
				"update personal_data_access set seal_seq = ? where tenant_id = ? and seal_seq is null")) {
			claim.setLong(1, sealSeq);
			claim.setString(2, tenantId);
			claimed = claim.executeUpdate();
		}
		if (claimed == 0) {
			return 0;
		}
		AccessLogDigest.Sealed digest = AccessLogDigest.of(connection, tenantId, sealSeq);
		long written = writer.appendForTenant(connection, tenantId, List.of(new PendingEntry(tenantId, Actors.SYSTEM,
				ACTION, ENTITY_TYPE, Long.toString(digest.rows()), digest.digest())));
		if (written != sealSeq) {
			throw new IllegalStateException("The audit chain moved while its head was locked");
		}
		return digest.rows();
	}
}
