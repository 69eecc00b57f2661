package id.padu.documents.internal;

import id.padu.documents.DocumentRejectedException;
import id.padu.documents.DocumentStore;
import id.padu.documents.StoredFile;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * What the kop surat accepts as the pemda's emblem: a PNG or JPEG (not a PDF, which the store accepts for other
 * documents), at most {@link Letterheads#MAX_LOGO_BYTES}, that really decodes as a picture of a sensible size.
 */
@Component
class LogoCheck {

	private static final Set<String> TYPES = Set.of(MediaTypeDetector.PNG, MediaTypeDetector.JPEG);
	private static final int MAX_SIDE = 4000;

	private final DocumentStore store;

	LogoCheck(DocumentStore store) {
		this.store = store;
	}

	void check(StoredFile file) {
		if (!TYPES.contains(file.mediaType())) {
			throw new DocumentRejectedException("documents.letterhead.logo.type");
		}
		if (file.size() > Letterheads.MAX_LOGO_BYTES) {
			throw new DocumentRejectedException("documents.letterhead.logo.tooLarge");
		}
		try (InputStream in = store.open(file.sha256())) {
			BufferedImage image = ImageIO.read(in);
			if (image == null || image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
				throw new DocumentRejectedException("documents.letterhead.logo.unreadable");
			}
		} catch (IOException e) {
			throw new DocumentRejectedException("documents.letterhead.logo.unreadable");
		}
	}
}
