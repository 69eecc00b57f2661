package id.padu.payments.internal;

import id.padu.shared.TenantId;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Finds the pemda a billing code belongs to from its first four digits, the kab/kota code. */
@Component
class PemdaCodes {

	private final TenantDirectory tenants;

	PemdaCodes(TenantDirectory tenants) {
		this.tenants = tenants;
	}

	Optional<TenantId> tenantOf(String billingCode) {
		if (billingCode == null || billingCode.length() != BillingCodeFormat.LENGTH) {
			return Optional.empty();
		}
		String region = BillingCodeFormat.regionOf(billingCode);
		return tenants.all().stream()
			.filter(t -> BillingCodeFormat.regionPrefix(t.kodeWilayah()).equals(region))
			.map(TenantInfo::id)
			.findFirst();
	}
}
