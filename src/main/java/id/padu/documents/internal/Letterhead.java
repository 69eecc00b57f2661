package id.padu.documents.internal;

/**
 * The kop surat: {@code PEMERINTAH KOTA TANGERANG}, the OPD's name when the document comes from one, the
 * address and contact lines; and the place written before the date ("Tangerang, 23 November 2026").
 * {@code logoDataUri} is the pemda's emblem as a {@code data:} URI (the renderer loads nothing else), or null.
 */
record Letterhead(String pemda, String opd, String addressLine, String contactLine, String place, String logoDataUri) {
}
