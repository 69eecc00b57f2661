/**
 * Documents: a content-addressed file store (the SHA-256 of the bytes is the key and the fixity
 * value), tenant-owned metadata so a file is only served to the pemda that stored it, and media type
 * detection from the content itself. Rendering PDFs and signing them (PAdES) will live here as well.
 */
@ApplicationModule(displayName = "Documents")
package id.padu.documents;

import org.springframework.modulith.ApplicationModule;
