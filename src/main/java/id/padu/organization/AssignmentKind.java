package id.padu.organization;

/**
 * How a person holds a position: definitively, or acting while the definitive holder is absent
 * (Plh, pelaksana harian) or the position is vacant (Plt, pelaksana tugas).
 */
public enum AssignmentKind {
	DEFINITIF, PLT, PLH;

	public boolean isActing() {
		return this != DEFINITIF;
	}
}
