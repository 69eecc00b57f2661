package id.padu.documents.internal;

/**
 * The outcome of comparing an uploaded PDF with the issued one: the same bytes (SHA-256) and a signature that is
 * intact and made with the registered certificate. Only both together mean "this is the issued document".
 */
record UploadCheck(String uploadedSha256, boolean sameBytes, boolean signatureValid) {

	public boolean isTheIssuedDocument() {
		return sameBytes && signatureValid;
	}
}
