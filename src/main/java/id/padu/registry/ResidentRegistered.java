package id.padu.registry;

import id.padu.shared.Nik;
import id.padu.shared.NomorKk;
import id.padu.shared.TenantId;

/** A resident joined the registry of a pemda, by birth or by moving in. */
public record ResidentRegistered(TenantId tenant, Nik nik, NomorKk nomorKk, LifeEventType cause) {
}
