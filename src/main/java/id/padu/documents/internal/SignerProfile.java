package id.padu.documents.internal;

/**
 * The signer as printed in the signature block: name, NIP, position (with Plt./Plh. when acting) and the OPD
 * the position belongs to (shown in the letterhead).
 */
record SignerProfile(String username, String name, String nip, String position, String opdName) {
}
