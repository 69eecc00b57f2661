package id.padu.services.internal;

import id.padu.registry.Address;
import id.padu.shared.KodeWilayah;
import id.padu.wilayah.Wilayah;
import id.padu.wilayah.WilayahDirectory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Area names for people and letters: "Kelurahan Cikokol, Kecamatan Tangerang, Kota Tangerang, Provinsi
 * Banten" instead of {@code 36.71.01.1002}. Codes {@code xx.xx.xx.1xxx} are kelurahan, {@code 2xxx} desa.
 */
@Component
class PlaceNames {

	private final WilayahDirectory wilayah;

	PlaceNames(WilayahDirectory wilayah) {
		this.wilayah = wilayah;
	}

	String full(KodeWilayah kode) {
		String value = kode.value();
		List<String> parts = new ArrayList<>();
		if (value.length() == 13) {
			parts.add((value.charAt(9) == '2' ? "Desa " : "Kelurahan ") + name(kode));
		}
		if (value.length() >= 8) {
			parts.add("Kecamatan " + name(KodeWilayah.of(value.substring(0, 8))));
		}
		if (value.length() >= 5) {
			parts.add(name(KodeWilayah.of(value.substring(0, 5))));
		}
		parts.add("Provinsi " + name(KodeWilayah.of(value.substring(0, 2))));
		return String.join(", ", parts);
	}

	/** Street, RT/RW and the area: "Jl. Merdeka No. 5, RT 001/RW 002, Kelurahan ..., Kecamatan ...". */
	String address(Address address) {
		return address(address.street(), address.rt(), address.rw(), address.kelurahan());
	}

	String address(String street, String rt, String rw, KodeWilayah kelurahan) {
		List<String> parts = new ArrayList<>();
		if (street != null && !street.isBlank()) {
			parts.add(street.strip());
		}
		if (rt != null && !rt.isBlank()) {
			parts.add("RT " + rt.strip() + (rw == null || rw.isBlank() ? "" : "/RW " + rw.strip()));
		}
		parts.add(full(kelurahan));
		return String.join(", ", parts);
	}

	boolean exists(KodeWilayah kode) {
		return wilayah.exists(kode);
	}

	List<Wilayah> provinces() {
		return wilayah.provinces();
	}

	List<Wilayah> children(KodeWilayah parent) {
		return wilayah.children(parent);
	}

	private String name(KodeWilayah kode) {
		return wilayah.find(kode).map(Wilayah::nama).orElse(kode.value());
	}
}
