package id.padu.audit.internal;

import java.time.LocalDate;

/**
 * What an auditor filters the trail by. Every field is optional; dates are calendar days in
 * Asia/Jakarta, both inclusive. Bound from query parameters of the page and of the API.
 */
public record AuditFilter(String actor, String action, String entityType, String entityId, LocalDate from, LocalDate to) {

	public AuditFilter {
		actor = blankToNull(actor);
		action = blankToNull(action) == null ? null : action.strip().toUpperCase();
		entityType = blankToNull(entityType);
		entityId = blankToNull(entityId);
	}

	static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
