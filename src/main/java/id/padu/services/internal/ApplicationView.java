package id.padu.services.internal;

import java.time.Instant;
import java.util.UUID;

/** An application for pages (templates read records, not entities); flags are components so templates read them. */
record ApplicationView(UUID id, String trackingNumber, String serviceCode, String serviceName, String status,
		String note, Instant submittedAt, Instant dueAt, Instant completedAt, boolean hasOutput, boolean needsRevision,
		boolean rejected) {

	static ApplicationView of(ServiceApplication a, String serviceName) {
		return new ApplicationView(a.getId(), a.trackingNumber(), a.serviceCode(), serviceName, a.status().name(),
				a.note(), a.submittedAt(), a.dueAt(), a.completedAt(),
				a.issuedDocumentId() != null && a.status() == ApplicationStatus.APPROVED,
				a.status() == ApplicationStatus.NEEDS_REVISION, a.status() == ApplicationStatus.REJECTED);
	}
}
