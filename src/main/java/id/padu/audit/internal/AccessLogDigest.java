package id.padu.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The single definition of what a seal covers: every column of every access row carrying the seal's
 * sequence number, in id order, streamed (a seal after a long outage may cover many rows). The sealer
 * and the verifier both call it, so a changed, removed or added row changes the digest or the count.
 */
final class AccessLogDigest {

	private AccessLogDigest() {
	}

	record Sealed(long rows, String digest) {
	}

	static Sealed of(Connection connection, String tenantId, long sealSeq) throws SQLException {
		MessageDigest sha = sha256();
		long rows = 0;
		try (PreparedStatement select = connection.prepareStatement("""
				select id, nik, accessor_kind, accessor_name, accessor_display, accessor_unit, purpose, fields, channel,
				  accessed_at
				from personal_data_access where tenant_id = ? and seal_seq = ? order by id""")) {
			select.setFetchSize(1000);
			select.setString(1, tenantId);
			select.setLong(2, sealSeq);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					rows++;
					StringBuilder line = new StringBuilder("padu-access-v1|");
					for (int column = 1; column <= 9; column++) {
						CanonicalForm.field(line, rs.getString(column));
					}
					// Microseconds: what both databases keep, so the sealer and the verifier read the same instant.
					CanonicalForm.field(line, rs.getObject(10, OffsetDateTime.class).toInstant()
						.truncatedTo(ChronoUnit.MICROS).toString());
					sha.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
				}
			}
		}
		sha.update(("padu-access-seal-v1|" + tenantId + "|" + sealSeq + "|" + rows).getBytes(StandardCharsets.UTF_8));
		return new Sealed(rows, HexFormat.of().formatHex(sha.digest()));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
