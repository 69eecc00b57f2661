package id.padu.registry;

import id.padu.shared.Nik;
import id.padu.shared.TenantId;

import java.time.LocalDate;

/** A life event was added to a resident's history (services issue certificates, archive files them). */
public record LifeEventRecorded(TenantId tenant, Nik nik, LifeEventType type, LocalDate date) {
}
