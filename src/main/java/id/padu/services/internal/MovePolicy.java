package id.padu.services.internal;

import id.padu.shared.KodeWilayah;

/**
 * Surat Keterangan Pindah, kept simple and correct: a destination outside the pemda's area is a move out
 * (each moving person leaves the registry as PINDAH, the destination kelurahan noted); a destination inside
 * it is a change of address (each moving person gets the new address and stays a resident). Splitting a
 * Kartu Keluarga is not done here: the moving people keep their KK number until Disdukcapil issues a new
 * KK at the counter.
 */
final class MovePolicy {

	private MovePolicy() {
	}

	static boolean withinArea(KodeWilayah destination, KodeWilayah pemdaArea) {
		return destination.isWithin(pemdaArea);
	}

	static String kind(boolean withinArea, String pemdaShortName) {
		return withinArea ? "Pindah alamat di dalam " + pemdaShortName : "Pindah ke luar " + pemdaShortName;
	}
}
