package id.padu.registry;

/** Kewarganegaraan. */
public enum Citizenship { WNI, WNA }
