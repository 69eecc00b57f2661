package id.padu.services;

import id.padu.shared.Nik;
import id.padu.shared.TenantId;

import java.util.Map;
import java.util.UUID;

/**
 * A citizen submitted an application (published in the submitting transaction). {@code data} holds the
 * values the applicant entered, by field name; fields prefilled from the registry are not included
 * (the listener asks the registry with its own purpose), so no personal record is copied into the
 * event publication table. Multi-valued fields (family members) are comma-separated NIKs; files are
 * the SHA-256 of the stored document.
 */
public record ApplicationSubmitted(TenantId tenant, UUID applicationId, String trackingNumber, String serviceCode,
		Nik applicant, Map<String, String> data) {

	public ApplicationSubmitted {
		data = Map.copyOf(data);
	}
}
