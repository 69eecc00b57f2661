package id.padu.documents;

import java.time.Instant;

/** A stored file as the current pemda knows it. {@code mediaType} is the detected type, e.g. {@code application/pdf}. */
public record StoredFile(String sha256, long size, String mediaType, String originalName, String uploadedBy,
		Instant uploadedAt) {
}
