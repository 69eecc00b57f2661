package id.padu.registry.internal;

import id.padu.registry.Address;
import id.padu.registry.FamilyMember;
import id.padu.registry.FamilyRecord;
import id.padu.registry.HomeLocation;
import id.padu.shared.KodeWilayah;
import id.padu.shared.NomorKk;
import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A Kartu Keluarga: its number, issue date and address. Members are the residents carrying its number. */
@Entity
@Table(name = "family")
class Family extends TenantScopedEntity {

	@Column(name = "nomor_kk")
	private String nomorKk;
	@Column(name = "issued_on")
	private LocalDate issuedOn;
	private String street;
	private String rt;
	private String rw;
	@Column(name = "kelurahan_kode")
	private String kelurahanKode;
	private Double latitude;
	private Double longitude;

	protected Family() {
	}

	Family(NomorKk nomorKk, Address address) {
		this.nomorKk = nomorKk.value();
		this.issuedOn = nomorKk.issuedOn();
		this.street = address.street();
		this.rt = address.rt();
		this.rw = address.rw();
		this.kelurahanKode = address.kelurahan().value();
	}

	/** Every living member moved to a new address inside the pemda. */
	void relocate(Address address) {
		this.street = address.street();
		this.rt = address.rt();
		this.rw = address.rw();
		this.kelurahanKode = address.kelurahan().value();
	}

	/** An officer recorded where the house stands. */
	void locate(HomeLocation location) {
		this.latitude = location.latitude();
		this.longitude = location.longitude();
	}

	Optional<HomeLocation> location() {
		return latitude == null || longitude == null ? Optional.empty()
				: Optional.of(new HomeLocation(latitude, longitude));
	}

	Address address() {
		return new Address(street, rt, rw, KodeWilayah.of(kelurahanKode));
	}

	FamilyRecord toRecord(List<FamilyMember> members) {
		return new FamilyRecord(NomorKk.of(nomorKk), issuedOn, address(), members);
	}
}
