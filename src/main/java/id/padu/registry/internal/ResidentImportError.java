package id.padu.registry.internal;

/**
 * One problem of an import: the row (the header is row 1; 0 for the file as a whole), the column
 * name from the header (or null), and a message key with its arguments, rendered in the reader's language.
 */
record ResidentImportError(long row, String column, String messageKey, Object... args) {
}
