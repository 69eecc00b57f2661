package id.padu.registry;

/** Agama as recorded by Dukcapil, including Kepercayaan terhadap Tuhan YME. */
public enum Religion { ISLAM, KRISTEN, KATOLIK, HINDU, BUDDHA, KONGHUCU, KEPERCAYAAN }
