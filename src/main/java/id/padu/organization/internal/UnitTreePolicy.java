package id.padu.organization.internal;

import id.padu.organization.UnitKind;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.KodeWilayah;

import java.util.regex.Pattern;

/**
 * Rules of the unit tree: one kind of root (the pemda), no cycles, kelurahan under a kecamatan, and Kemendagri
 * codes only on kecamatan and kelurahan, nested like the areas themselves.
 */
final class UnitTreePolicy {

	static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private UnitTreePolicy() {
	}

	static void checkCode(String code) {
		if (code == null || code.length() > 60 || !CODE.matcher(code).matches()) {
			throw new BusinessRuleViolation("organization.code.format", code);
		}
	}

	/** Checks where {@code unit} (new or existing) may sit; {@code parent} null means a root. */
	static void checkPlacement(OrgUnit unit, UnitKind kind, OrgUnit parent) {
		if (kind == UnitKind.PEMERINTAH_DAERAH) {
			if (parent != null) {
				throw new BusinessRuleViolation("organization.unit.rootHasNoParent");
			}
			return;
		}
		if (parent == null) {
			throw new BusinessRuleViolation("organization.unit.parentRequired");
		}
		if (unit != null && parent.isWithin(unit)) {
			throw new BusinessRuleViolation("organization.unit.cycle", parent.name(), unit.name());
		}
		if (kind == UnitKind.KELURAHAN && parent.kind() != UnitKind.KECAMATAN) {
			throw new BusinessRuleViolation("organization.unit.kelurahanUnderKecamatan");
		}
	}

	/** A code that belongs to the unit's kind and, for a kelurahan, lies inside its kecamatan's area. */
	static void checkKodeWilayah(UnitKind kind, KodeWilayah kode, OrgUnit parent) {
		if (kode == null) {
			return;
		}
		if (!kind.isTerritorial()) {
			throw new BusinessRuleViolation("organization.unit.kodeWilayahNotTerritorial");
		}
		KodeWilayah.Level expected = kind == UnitKind.KECAMATAN ? KodeWilayah.Level.KECAMATAN
				: KodeWilayah.Level.DESA_KELURAHAN;
		if (kode.level() != expected) {
			throw new BusinessRuleViolation("organization.unit.kodeWilayahLevel", kode.value());
		}
		if (kind == UnitKind.KELURAHAN && parent != null && parent.kodeWilayah() != null
				&& !kode.isWithin(KodeWilayah.of(parent.kodeWilayah()))) {
			throw new BusinessRuleViolation("organization.unit.kodeWilayahOutsideParent", kode.value(),
					parent.kodeWilayah());
		}
	}
}
