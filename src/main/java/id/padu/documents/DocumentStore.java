package id.padu.documents;

import java.io.InputStream;
import java.util.Optional;

/**
 * The current pemda's files, addressed by the SHA-256 of their bytes. The same bytes are kept once on
 * disk however often and by whichever pemda they are stored; each pemda has its own metadata row, and
 * only a pemda with a row may find or open the file. By default only PDF, JPEG and PNG are accepted (the
 * archive also takes TIFF scans, see {@link Acceptance}), recognised by their first bytes, never by the name the
 * uploader gave.
 */
public interface DocumentStore {

	/**
	 * Stores the content (the stream is read to its end, not closed) under its SHA-256.
	 *
	 * @param declaredName the uploader's file name, kept for display only
	 * @throws DocumentRejectedException when the content is empty, too large or of another type
	 */
	StoredFile store(InputStream content, String declaredName);

	/**
	 * Like {@link #store(InputStream, String)}, with the caller's types and size limit instead of the defaults.
	 *
	 * @throws DocumentRejectedException when the content is empty, larger than {@code acceptance.maxBytes()} or not
	 *         one of {@code acceptance.mediaTypes()} by its content
	 */
	StoredFile store(InputStream content, String declaredName, Acceptance acceptance);

	/** The metadata of a file stored by the current pemda. */
	Optional<StoredFile> find(String sha256);

	boolean exists(String sha256);

	/**
	 * The bytes of a file stored by the current pemda; the caller closes the stream.
	 *
	 * @throws id.padu.shared.NotFoundException ({@code documents.file.notFound}) for any other
	 */
	InputStream open(String sha256);

	/**
	 * Re-reads every byte of a file of the current pemda from disk and compares its SHA-256 with the one it was
	 * stored under (fixity check). Never repairs or changes anything.
	 *
	 * @throws id.padu.shared.NotFoundException ({@code documents.file.notFound}) for a file the pemda has no row for
	 */
	Fixity verify(String sha256);

	/**
	 * Releases the current pemda's claim on a file, for a destruction the caller has authorised (an approved,
	 * signed berita acara pemusnahan): its metadata row goes, and the daily orphan sweep deletes the bytes once
	 * no pemda has a row for them. An issued (signed, registered) document is never released, since its public
	 * verification must keep working. The caller makes sure nothing else of its own still uses the file.
	 *
	 * @return whether the row was removed (false for an unknown file or an issued document)
	 */
	boolean discard(String sha256);

	/** The largest file accepted, in bytes. */
	long maxSize();
}
