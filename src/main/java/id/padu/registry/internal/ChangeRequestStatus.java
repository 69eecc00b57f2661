package id.padu.registry.internal;

/**
 * Where a change request stands. Only a pending one (DIAJUKAN) can be approved, rejected or withdrawn;
 * the three others are final.
 */
enum ChangeRequestStatus {
	DIAJUKAN, DISETUJUI, DITOLAK, DITARIK;

	boolean isPending() {
		return this == DIAJUKAN;
	}
}
