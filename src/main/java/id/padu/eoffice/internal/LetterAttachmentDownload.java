package id.padu.eoffice.internal;

import id.padu.documents.DocumentStore;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * An attachment of a letter, for the page and the API alike: whoever may open the letter may open its attachments,
 * and each download is an audited opening of the letter, like the signed PDF.
 */
@Component
class LetterAttachmentDownload {

	private final LetterAccess access;
	private final LetterAttachmentRepository attachments;
	private final DocumentStore store;

	LetterAttachmentDownload(LetterAccess access, LetterAttachmentRepository attachments, DocumentStore store) {
		this.access = access;
		this.attachments = attachments;
		this.store = store;
	}

	@Transactional
	ResponseEntity<byte[]> download(UUID letterId, String sha256, String username) {
		access.open(letterId, username, "attachment");
		LetterAttachment attachment = attachments.findByLetterId(letterId).stream()
			.filter(a -> a.getSha256().equals(sha256)).findFirst().orElseThrow(LetterAccess::notFound);
		try (InputStream in = store.open(attachment.getSha256())) {
			return ResponseEntity.ok().contentType(MediaType.parseMediaType(attachment.getMediaType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
					.filename(attachment.getFileName(), StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(in.readAllBytes());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
