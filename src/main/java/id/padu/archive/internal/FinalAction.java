package id.padu.archive.internal;

/** What happens to a berkas once its inactive period ends (keterangan JRA). */
public enum FinalAction {
	/** Destroyed, after approval and a signed berita acara. */
	MUSNAH,
	/** Transferred to the regional archive and kept for ever (arsip statis). */
	PERMANEN,
	/** Assessed again by the archivist: its value decides between the two. */
	DINILAI_KEMBALI;

	public String messageKey() {
		return "archive.finalAction." + name();
	}
}
