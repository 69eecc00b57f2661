package id.padu.registry;

/** Golongan darah; {@link #TIDAK_TAHU} when the resident does not know it. */
public enum BloodType { A, B, AB, O, TIDAK_TAHU }
