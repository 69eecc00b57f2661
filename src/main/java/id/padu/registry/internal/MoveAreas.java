package id.padu.registry.internal;

import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.KodeWilayah;
import id.padu.tenancy.TenantDirectory;
import id.padu.wilayah.WilayahDirectory;
import org.springframework.stereotype.Component;

/**
 * Where a move comes from or goes to: a kecamatan or kelurahan/desa that exists in the Kemendagri
 * directory and lies outside the pemda's own area. A move within the kota is a change of address on the
 * family card, not pindah datang or pindah keluar.
 */
@Component
class MoveAreas {

	enum Direction { ORIGIN, DESTINATION }

	private final WilayahDirectory wilayah;
	private final TenantDirectory tenants;

	MoveAreas(WilayahDirectory wilayah, TenantDirectory tenants) {
		this.wilayah = wilayah;
		this.tenants = tenants;
	}

	/** A new address inside the pemda (pindah dalam daerah): an existing kelurahan/desa in the pemda's area. */
	void checkAddress(KodeWilayah kelurahan) {
		if (kelurahan == null || kelurahan.level() != KodeWilayah.Level.DESA_KELURAHAN || !wilayah.exists(kelurahan)) {
			throw new BusinessRuleViolation("registry.addressChange.kelurahan");
		}
		if (!kelurahan.isWithin(tenants.current().kodeWilayah())) {
			throw new BusinessRuleViolation("registry.addressChange.outside", tenants.current().shortName());
		}
	}

	void check(KodeWilayah area, Direction direction) {
		boolean origin = direction == Direction.ORIGIN;
		if (area == null) {
			throw origin ? new BusinessRuleViolation("registry.moveIn.originRequired")
					: new BusinessRuleViolation("registry.moveOut.destinationRequired");
		}
		KodeWilayah.Level level = area.level();
		if (level != KodeWilayah.Level.KECAMATAN && level != KodeWilayah.Level.DESA_KELURAHAN) {
			throw origin ? new BusinessRuleViolation("registry.moveIn.originLevel")
					: new BusinessRuleViolation("registry.moveOut.destinationLevel");
		}
		if (!wilayah.exists(area)) {
			throw origin ? new BusinessRuleViolation("registry.moveIn.originUnknown", area.value())
					: new BusinessRuleViolation("registry.moveOut.destinationUnknown", area.value());
		}
		String here = tenants.current().shortName();
		if (area.isWithin(tenants.current().kodeWilayah())) {
			throw origin ? new BusinessRuleViolation("registry.moveIn.originHere", here)
					: new BusinessRuleViolation("registry.moveOut.destinationHere", here);
		}
	}
}
