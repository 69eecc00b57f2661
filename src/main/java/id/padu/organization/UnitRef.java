package id.padu.organization;

import id.padu.shared.KodeWilayah;

import java.util.UUID;

/** An organization unit as other modules see it. {@code parentCode} is null for the root (the pemda). */
public record UnitRef(UUID id, String code, String name, UnitKind kind, String parentCode, KodeWilayah kodeWilayah,
		int order, boolean active) {
}
