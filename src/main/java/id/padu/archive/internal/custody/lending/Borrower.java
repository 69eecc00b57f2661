package id.padu.archive.internal.custody.lending;

/** The staff member a loan goes to, as the organization directory knew them when it was lent. */
record Borrower(String username, String nip, String name, String email) {
}
