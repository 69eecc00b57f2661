package id.padu.registry;

/** Whether the resident lives in the pemda: alive, deceased, or moved out (history stays). */
public enum ResidentStatus { HIDUP, MENINGGAL, PINDAH }
