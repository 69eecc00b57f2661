package id.padu.registry.internal;

import id.padu.registry.Address;
import id.padu.shared.KodeWilayah;
import id.padu.wilayah.Wilayah;
import id.padu.wilayah.WilayahDirectory;
import org.springframework.stereotype.Component;

/** Names of the kelurahan and kecamatan of an address, for people who do not read Kemendagri codes. */
@Component
class Places {

	record Place(String kelurahan, String kecamatan, String kota) {
	}

	private final WilayahDirectory wilayah;

	Places(WilayahDirectory wilayah) {
		this.wilayah = wilayah;
	}

	Place of(Address address) {
		KodeWilayah kecamatan = address.kecamatan();
		return new Place(name(address.kelurahan()), name(kecamatan), name(KodeWilayah.of(kecamatan.value().substring(0, 5))));
	}

	private String name(KodeWilayah kode) {
		return wilayah.find(kode).map(Wilayah::nama).orElse(kode.value());
	}
}
