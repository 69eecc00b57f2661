package id.padu.audit.internal;

import id.padu.shared.web.Formats;
import id.padu.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Searches the current tenant's trail. Plain SQL, so the tenant condition is written out here. */
@Service
class AuditEntries {

	static final int MAX_PAGE_SIZE = 100;

	private final JdbcClient jdbc;

	AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	EntryPage search(AuditFilter filter, int page, int size) {
		int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		int pageNumber = Math.max(0, page);
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" where tenant_id = :tenant");
		params.put("tenant", TenantContext.require().value());
		condition(where, params, "actor", filter.actor());
		condition(where, params, "action", filter.action());
		condition(where, params, "entity_type", filter.entityType());
		condition(where, params, "entity_id", filter.entityId());
		if (filter.from() != null) {
			where.append(" and occurred_at >= :from");
			params.put("from", startOfDay(filter.from()));
		}
		if (filter.to() != null) {
			where.append(" and occurred_at < :to");
			params.put("to", startOfDay(filter.to().plusDays(1)));
		}
		long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
		params.put("limit", pageSize);
		params.put("offset", (long) pageNumber * pageSize);
		var content = jdbc.sql("""
				select id, seq, occurred_at, actor, action, entity_type, entity_id, state_digest, previous_hash, entry_hash
				from audit_entry""" + where + " order by seq desc limit :limit offset :offset")
			.params(params)
			.query((rs, row) -> new AuditEntryView(rs.getObject("id", UUID.class), rs.getLong("seq"),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
					rs.getString("state_digest"), rs.getString("previous_hash"), rs.getString("entry_hash")))
			.list();
		int totalPages = (int) ((total + pageSize - 1) / pageSize);
		return new EntryPage(content, pageNumber, pageSize, total, totalPages);
	}

	private static void condition(StringBuilder where, Map<String, Object> params, String column, String value) {
		if (value != null) {
			where.append(" and ").append(column).append(" = :").append(column);
			params.put(column, value);
		}
	}

	private static OffsetDateTime startOfDay(java.time.LocalDate day) {
		return day.atStartOfDay(Formats.JAKARTA).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
	}
}
