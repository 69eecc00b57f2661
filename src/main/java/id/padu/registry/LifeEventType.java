package id.padu.registry;

/** Peristiwa kependudukan kept as history. */
public enum LifeEventType { BIRTH, DEATH, MOVE_IN, MOVE_OUT, ADDRESS_CHANGE, MARRIAGE, DIVORCE, CORRECTION }
