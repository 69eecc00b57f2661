package id.padu.organization;

/** What an organization unit is; decides which kinds of unit may sit above it. */
public enum UnitKind {
	PEMERINTAH_DAERAH, SEKRETARIAT_DAERAH, SEKRETARIAT_DPRD, DINAS, BADAN, INSPEKTORAT, SATUAN, KECAMATAN, KELURAHAN,
	SEKRETARIAT, BAGIAN, BIDANG, SUBBAGIAN, SEKSI, UPT;

	/** An OPD (perangkat daerah) in its own right, as opposed to a part of one. */
	public boolean isOpd() {
		return switch (this) {
			case SEKRETARIAT_DAERAH, SEKRETARIAT_DPRD, DINAS, BADAN, INSPEKTORAT, SATUAN, KECAMATAN, KELURAHAN -> true;
			default -> false;
		};
	}

	/** Kecamatan and kelurahan are areas as well as offices: they carry a Kemendagri code. */
	public boolean isTerritorial() {
		return this == KECAMATAN || this == KELURAHAN;
	}
}
