package id.padu.registry;

import id.padu.shared.KodeWilayah;

/** Where a resident or family lives: street, RT/RW and the kelurahan (desa) by its Kemendagri code. */
public record Address(String street, String rt, String rw, KodeWilayah kelurahan) {

	/** The kecamatan the kelurahan lies in, e.g. {@code 36.71.01} for {@code 36.71.01.1001}. */
	public KodeWilayah kecamatan() {
		return KodeWilayah.of(kelurahan.value().substring(0, 8));
	}
}
