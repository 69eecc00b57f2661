package id.padu.organization;

/** Rank of a position (jabatan) in the reporting hierarchy, from the head of the pemda down to staff. */
public enum PositionLevel {
	WALI_KOTA, WAKIL_WALI_KOTA, SEKDA, ASISTEN, KEPALA_OPD, SEKRETARIS, KEPALA_BAGIAN, KEPALA_BIDANG,
	KEPALA_SUBBAGIAN, KEPALA_SEKSI, CAMAT, SEKRETARIS_CAMAT, LURAH, FUNGSIONAL, STAF;

	/** Positions that lead a unit and may give instructions (disposisi) to positions below them. */
	public boolean isLeadership() {
		return this != FUNGSIONAL && this != STAF;
	}
}
