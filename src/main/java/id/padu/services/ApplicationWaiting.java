package id.padu.services;

import id.padu.shared.Nik;
import id.padu.shared.TenantId;

import java.util.Map;
import java.util.UUID;

/**
 * An application's process reached a wait point that another module finishes through
 * {@link ApplicationProcesses#resume} (a BPMN receive task that is neither a revision nor a payment, e.g.
 * {@code announcement} after the officer verified an admission application). Published in that transaction;
 * {@code data} holds the applicant's values as they stand now (after any revision), like
 * {@link ApplicationSubmitted}.
 */
public record ApplicationWaiting(TenantId tenant, UUID applicationId, String trackingNumber, String serviceCode,
		Nik applicant, String waitPoint, Map<String, String> data) {

	public ApplicationWaiting {
		data = Map.copyOf(data);
	}
}
