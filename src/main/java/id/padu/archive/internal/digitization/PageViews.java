package id.padu.archive.internal.digitization;

import id.padu.archive.internal.ArchiveFile;
import id.padu.archive.internal.ArchiveFileRepository;
import id.padu.documents.DocumentStore;
import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** A small picture of one scanned page, so the operator can judge an "unreadable" page without opening the file. */
@Service
@Transactional(readOnly = true)
class PageViews {

	static final int WIDTH = 420;

	private final OcrPageRepository pages;
	private final ArchiveFileRepository files;
	private final DocumentStore store;

	PageViews(OcrPageRepository pages, ArchiveFileRepository files, DocumentStore store) {
		this.pages = pages;
		this.files = files;
		this.store = store;
	}

	byte[] thumbnail(UUID recordId, int pageNumber) {
		OcrPage page = pages.findByRecordIdAndPageNumber(recordId, pageNumber)
			.orElseThrow(() -> new NotFoundException("archive.digitization.notFound"));
		ArchiveFile original = files.findByRecordIdOrderByCreatedAt(recordId).stream()
			.filter(f -> f.sha256().equals(page.originalSha256())).findFirst()
			.orElseThrow(() -> new NotFoundException("archive.digitization.notFound"));
		try {
			Path copy = Files.createTempFile("padu-page-", ".scan");
			try {
				try (InputStream in = store.open(original.sha256())) {
					Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
				}
				BufferedImage full = PageImages.page(copy, original.mediaType(), page.pageInFile() - 1, 50);
				return png(scaled(full));
			} finally {
				Files.deleteIfExists(copy);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static BufferedImage scaled(BufferedImage full) {
		int height = Math.max(1, full.getHeight() * WIDTH / Math.max(1, full.getWidth()));
		BufferedImage small = new BufferedImage(WIDTH, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = small.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(full, 0, 0, WIDTH, height, null);
		} finally {
			g.dispose();
		}
		return small;
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
