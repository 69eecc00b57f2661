package id.padu.registry;

/** Jenis kelamin as on the KTP: L (laki-laki) or P (perempuan). */
public enum Gender {
	L, P;

	public boolean isFemale() {
		return this == P;
	}
}
