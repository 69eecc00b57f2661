package id.padu.admission.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The reference point of a kelurahan: where distances are measured from for a family whose house location
 * nobody recorded. Less precise by design: it gives every family of the kelurahan the same distance.
 */
@Entity
@Table(name = "admission_area_point")
class AreaPoint extends TenantScopedEntity {

	@Column(name = "kelurahan_kode")
	private String kelurahanKode;
	private double latitude;
	private double longitude;

	protected AreaPoint() {
	}

	AreaPoint(String kelurahanKode, GeoPoint point) {
		this.kelurahanKode = kelurahanKode;
		this.latitude = point.latitude();
		this.longitude = point.longitude();
	}

	GeoPoint point() {
		return new GeoPoint(latitude, longitude);
	}
}
