package id.padu.registry;

/** Status hubungan dalam keluarga, as printed on the Kartu Keluarga. */
public enum FamilyRelationship {
	KEPALA_KELUARGA, SUAMI, ISTRI, ANAK, MENANTU, CUCU, ORANG_TUA, MERTUA, FAMILI_LAIN, PEMBANTU, LAINNYA
}
