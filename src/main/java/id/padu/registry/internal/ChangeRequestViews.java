package id.padu.registry.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What pages and the API show of change requests and of a resident's field history. */
final class ChangeRequestViews {

	private ChangeRequestViews() {
	}

	record ItemView(CorrectionField field, String oldValue, String newValue) {
	}

	record RequestView(UUID id, String nik, ChangeRequestStatus status, String reason, String documentName,
			String requestedBy, String requestedByName, Instant requestedAt, String decidedBy, String decidedByName,
			Instant decidedAt, String decisionNote, List<ItemView> items) {

		public boolean isPending() {
			return status.isPending();
		}
	}

	record FieldChangeView(CorrectionField field, String oldValue, String newValue, Instant changedAt,
			String requestedBy, String requestedByName, String approvedBy, String approvedByName, String reason,
			UUID changeRequestId) {
	}

	/** One field: its value when first recorded, every approved change since, and its value now. */
	record FieldHistory(CorrectionField field, String initialValue, String currentValue,
			List<FieldChangeView> changes) {
	}

	record ResidentHistory(String nik, Instant registeredAt, List<FieldHistory> fields) {

		public List<FieldChangeView> allChanges() {
			return fields.stream().flatMap(f -> f.changes().stream())
				.sorted(java.util.Comparator.comparing(FieldChangeView::changedAt)).toList();
		}
	}
}
