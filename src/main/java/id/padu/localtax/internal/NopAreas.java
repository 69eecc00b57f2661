package id.padu.localtax.internal;

import id.padu.localtax.Nop;
import id.padu.shared.KodeWilayah;
import id.padu.tenancy.TenantDirectory;
import id.padu.wilayah.Wilayah;
import id.padu.wilayah.WilayahDirectory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Where a NOP lies, by the Kemendagri area codes. The NOP's province and kabupaten/kota digits are the area
 * code's; its three kecamatan digits are the kecamatan code followed by 0 ({@code 36.71.01} is {@code 010}); its
 * three kelurahan/desa digits are the last three of the kelurahan code ({@code 36.71.01.1001} is {@code 001}).
 * This is how Padu numbers new objects; a pemda whose SISMIOP numbering differs would need a mapping table.
 */
@Component
class NopAreas {

	/** Why a NOP is not in the current pemda: a message key of the localtax bundle. */
	static final String OTHER_PEMDA = "localtax.nop.otherPemda";
	static final String UNKNOWN_AREA = "localtax.nop.area";

	private final WilayahDirectory wilayah;
	private final TenantDirectory tenants;

	NopAreas(WilayahDirectory wilayah, TenantDirectory tenants) {
		this.wilayah = wilayah;
		this.tenants = tenants;
	}

	/** The problem's message key, or empty when the NOP's kecamatan and kelurahan exist in this pemda. */
	Optional<String> problem(Nop nop) {
		if (!kabupatenKota(nop).equals(tenants.current().kodeWilayah())) {
			return Optional.of(OTHER_PEMDA);
		}
		return kelurahan(nop).isPresent() ? Optional.empty() : Optional.of(UNKNOWN_AREA);
	}

	/** The kelurahan/desa the NOP names, if exactly one of the kecamatan's areas ends with its digits. */
	Optional<Wilayah> kelurahan(Nop nop) {
		if (nop.kecamatan().charAt(2) != '0') {
			return Optional.empty();
		}
		KodeWilayah kecamatan = KodeWilayah.of(nop.province() + "." + nop.kabupatenKota() + "."
				+ nop.kecamatan().substring(0, 2));
		List<Wilayah> matching = wilayah.children(kecamatan).stream()
			.filter(w -> w.kode().value().endsWith(nop.kelurahan())).toList();
		return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
	}

	static KodeWilayah kabupatenKota(Nop nop) {
		return KodeWilayah.of(nop.province() + "." + nop.kabupatenKota());
	}

	/** The first ten digits of every NOP in a kelurahan/desa: {@code 36.71.01.1001} gives {@code 3671010001}. */
	static String prefix(KodeWilayah kelurahan) {
		if (kelurahan.level() != KodeWilayah.Level.DESA_KELURAHAN) {
			throw new IllegalArgumentException("Not a kelurahan or desa: " + kelurahan);
		}
		String[] parts = kelurahan.value().split("\\.");
		return parts[0] + parts[1] + parts[2] + "0" + parts[3].substring(1);
	}
}
