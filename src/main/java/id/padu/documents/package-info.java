/**
 * Documents: a content-addressed file store (the SHA-256 of the bytes is the key and the fixity
 * value), tenant-owned metadata so a file is only served to the pemda that stored it, and media type
 * detection from the content itself; PDF rendering in the pemda's letterhead ({@code PdfRenderer}),
 * electronic signatures (PAdES with the signer's certificate, {@code DocumentIssuer}), the demo PKI, and the
 * public verification of a signed document by the code in its QR code.
 */
@ApplicationModule(displayName = "Documents")
package id.padu.documents;

import org.springframework.modulith.ApplicationModule;
