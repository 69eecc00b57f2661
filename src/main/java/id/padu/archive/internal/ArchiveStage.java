package id.padu.archive.internal;

/**
 * Where a berkas is in its life: kept by its OPD (aktif), in the records centre (inaktif), in the regional archive
 * (statis), or destroyed (musnah; only a tombstone with its metadata and the berita acara remains).
 */
public enum ArchiveStage {
	AKTIF, INAKTIF, STATIS, MUSNAH;

	public String messageKey() {
		return "archive.stage." + name();
	}
}
