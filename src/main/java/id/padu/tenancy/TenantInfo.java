package id.padu.tenancy;

import id.padu.shared.KodeWilayah;
import id.padu.shared.TenantId;

/** What other modules may know of a pemda: its id, official name and area code. */
public record TenantInfo(TenantId id, String name, KodeWilayah kodeWilayah, String shortName) {
}
