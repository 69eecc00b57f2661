package id.padu.audit.internal;

import id.padu.audit.PersonalDataAccess;
import id.padu.audit.PersonalDataAccessLog;
import id.padu.shared.Nik;
import id.padu.shared.persistence.TimeOrderedUuid;
import id.padu.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Rows go through {@link AccessLogWriter}'s group commit, with plain SQL, so the automatic entity capture
 * does not see them and no read waits for the audit chain's lock; {@link AccessLogSealer} seals them into
 * the chain in batches a few seconds later.
 */
@Service
class JdbcPersonalDataAccessLog implements PersonalDataAccessLog {

	private final JdbcClient jdbc;
	private final AccessLogWriter writer;
	private final Clock clock;

	JdbcPersonalDataAccessLog(JdbcClient jdbc, AccessLogWriter writer, Clock clock) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.clock = clock;
	}

	@Override
	public void record(Nik nik, Accessor accessor, String purpose, List<String> fields, Channel channel) {
		recordAll(List.of(nik), accessor, purpose, fields, channel);
	}

	@Override
	public void recordAll(List<Nik> niks, Accessor accessor, String purpose, List<String> fields, Channel channel) {
		if (purpose == null || purpose.isBlank() || purpose.length() > 200 || fields.isEmpty()) {
			throw new IllegalArgumentException("A personal-data access needs a purpose (1-200 characters) and fields");
		}
		if (niks.isEmpty()) {
			return;
		}
		String fieldList = String.join(",", fields);
		String tenant = TenantContext.require().value();
		Timestamp at = Timestamp.from(Instant.now(clock));
		writer.write(niks.stream().map(nik -> new AccessLogWriter.Row(TimeOrderedUuid.next(), tenant, nik.value(),
				accessor.kind().name(), cut(accessor.name()), cut(accessor.display()),
				accessor.unit() == null ? null : cut(accessor.unit()), purpose.strip(),
				fieldList.length() > 500 ? fieldList.substring(0, 500) : fieldList, channel.name(), at)).toList());
	}

	@Override
	public List<PersonalDataAccess> forNik(Nik nik) {
		return jdbc.sql("""
				select accessed_at, accessor_kind, accessor_name, accessor_display, accessor_unit, purpose, fields, channel
				from personal_data_access where tenant_id = ? and nik = ? order by accessed_at desc, id desc""")
			.params(TenantContext.require().value(), nik.value())
			.query((rs, row) -> new PersonalDataAccess(rs.getTimestamp(1).toInstant(),
					AccessorKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), Arrays.asList(rs.getString(7).split(",")), Channel.valueOf(rs.getString(8))))
			.list();
	}

	private static String cut(String text) {
		return text.length() > 200 ? text.substring(0, 200) : text;
	}
}
