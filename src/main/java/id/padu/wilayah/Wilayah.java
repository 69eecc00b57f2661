package id.padu.wilayah;

import id.padu.shared.KodeWilayah;

/** One area: its code, official name and the code of the area it lies in. */
public record Wilayah(KodeWilayah kode, String nama, KodeWilayah induk) {

	public KodeWilayah.Level level() {
		return kode.level();
	}
}
