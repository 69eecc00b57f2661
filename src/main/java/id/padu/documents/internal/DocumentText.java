package id.padu.documents.internal;

/** The words of a document that are not the body: what it is, its number and its title. */
record DocumentText(String documentType, String documentNumber, String title) {
}
