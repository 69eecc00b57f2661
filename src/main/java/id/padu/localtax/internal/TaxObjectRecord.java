package id.padu.localtax.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A PBB-P2 tax object (objek pajak): a plot of land with or without a building, by NOP. The taxpayer (subjek
 * pajak) is kept by NIK only; the name is the registry's. NJOP per m² follows the object's class (kelas) as
 * Bapenda set it; {@code njoptkpApplies} marks the one object of a taxpayer that gets the NJOPTKP.
 */
@Entity
@Table(name = "pbb_object")
class TaxObjectRecord extends TenantScopedEntity {

	private String nop;
	@Column(name = "subject_nik")
	private String subjectNik;
	private String street;
	private String rt;
	private String rw;
	@Column(name = "kelurahan_kode")
	private String kelurahanKode;
	@Column(name = "land_area_m2")
	private long landAreaM2;
	@Column(name = "building_area_m2")
	private long buildingAreaM2;
	@Column(name = "land_class")
	private String landClass;
	@Column(name = "njop_land_per_m2")
	private long njopLandPerM2;
	@Column(name = "building_class")
	private String buildingClass;
	@Column(name = "njop_building_per_m2")
	private long njopBuildingPerM2;
	@Column(name = "njoptkp_applies")
	private boolean njoptkpApplies;
	@Column(name = "registered_at")
	private Instant registeredAt;

	protected TaxObjectRecord() {
	}

	String nop() {
		return nop;
	}

	String subjectNik() {
		return subjectNik;
	}

	String street() {
		return street;
	}

	String rt() {
		return rt;
	}

	String rw() {
		return rw;
	}

	String kelurahanKode() {
		return kelurahanKode;
	}

	long landAreaM2() {
		return landAreaM2;
	}

	long buildingAreaM2() {
		return buildingAreaM2;
	}

	String landClass() {
		return landClass;
	}

	long njopLandPerM2() {
		return njopLandPerM2;
	}

	String buildingClass() {
		return buildingClass;
	}

	long njopBuildingPerM2() {
		return njopBuildingPerM2;
	}

	boolean njoptkpApplies() {
		return njoptkpApplies;
	}

	Instant registeredAt() {
		return registeredAt;
	}
}
