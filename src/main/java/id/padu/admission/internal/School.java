package id.padu.admission.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A state school of the pemda: NPSN (8 digits, the national school number), level, address and location. */
@Entity
@Table(name = "admission_school")
class School extends TenantScopedEntity {

	private String npsn;
	private String name;
	@Enumerated(EnumType.STRING)
	private SchoolLevel level;
	private String address;
	@Column(name = "kelurahan_kode")
	private String kelurahanKode;
	private double latitude;
	private double longitude;

	protected School() {
	}

	School(String npsn, String name, SchoolLevel level, String address, String kelurahanKode, GeoPoint location) {
		if (!npsn.matches("\\d{8}")) {
			throw new IllegalArgumentException("NPSN has 8 digits: " + npsn);
		}
		this.npsn = npsn;
		this.name = name;
		this.level = level;
		this.address = address;
		this.kelurahanKode = kelurahanKode;
		this.latitude = location.latitude();
		this.longitude = location.longitude();
	}

	public String npsn() {
		return npsn;
	}

	public String name() {
		return name;
	}

	public SchoolLevel level() {
		return level;
	}

	public String address() {
		return address;
	}

	public String kelurahanKode() {
		return kelurahanKode;
	}

	public GeoPoint location() {
		return new GeoPoint(latitude, longitude);
	}
}
