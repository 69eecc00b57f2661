package id.padu.notification;

import java.util.Objects;

/** A file sent with an e-mail (e.g. a signed letter), kept in memory: attachments are small official documents. */
public record Attachment(String fileName, String mediaType, byte[] content) {

	public Attachment {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(mediaType, "mediaType");
		Objects.requireNonNull(content, "content");
	}
}
