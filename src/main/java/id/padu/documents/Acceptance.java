package id.padu.documents;

import java.util.Set;

/**
 * What a caller of {@link DocumentStore#store(java.io.InputStream, String, Acceptance)} takes: the media types
 * (recognised by content) and the largest size in bytes. Citizens' uploads use {@link #DOCUMENTS}; the archive takes
 * TIFF scans and much larger files.
 */
public record Acceptance(Set<String> mediaTypes, long maxBytes) {

	public static final String PDF = "application/pdf";
	public static final String PNG = "image/png";
	public static final String JPEG = "image/jpeg";
	public static final String TIFF = "image/tiff";

	/** PDF, JPEG and PNG: the documents citizens and staff attach. */
	public static final Set<String> DOCUMENTS = Set.of(PDF, JPEG, PNG);

	/** Scans: the documents' types plus TIFF. */
	public static final Set<String> SCANS = Set.of(PDF, JPEG, PNG, TIFF);

	public Acceptance {
		mediaTypes = Set.copyOf(mediaTypes);
		// The store reads one byte past the limit to notice a larger file, so the limit must leave room for it.
		if (mediaTypes.isEmpty() || maxBytes <= 0 || maxBytes == Long.MAX_VALUE) {
			throw new IllegalArgumentException("An acceptance needs at least one type and a size below Long.MAX_VALUE");
		}
	}
}
