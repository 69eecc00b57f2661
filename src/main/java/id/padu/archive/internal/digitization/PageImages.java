package id.padu.archive.internal.digitization;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Splits a scan into one image file per page for tesseract: a PDF rendered at 300 dpi, each image of a multi-page
 * TIFF on its own (so every page has its own confidence), a JPEG or PNG as it is.
 */
final class PageImages {

	static final int DPI = 300;

	private PageImages() {
	}

	static List<Path> split(Path scan, String mediaType, Path dir, String prefix) throws IOException {
		return switch (mediaType) {
			case "application/pdf" -> pdf(scan, dir, prefix);
			case "image/tiff" -> tiff(scan, dir, prefix);
			case "image/png", "image/jpeg" -> List.of(scan);
			default -> throw new IOException("no OCR for files of type " + mediaType);
		};
	}

	/** One page as an image at {@code dpi} (images keep their own size), for the page view of the quality check. */
	static BufferedImage page(Path scan, String mediaType, int index, float dpi) throws IOException {
		return switch (mediaType) {
			case "application/pdf" -> {
				try (PDDocument pdf = Loader.loadPDF(scan.toFile())) {
					yield new PDFRenderer(pdf).renderImageWithDPI(index, dpi, ImageType.GRAY);
				}
			}
			case "image/tiff" -> {
				try (ImageInputStream in = ImageIO.createImageInputStream(scan.toFile())) {
					ImageReader reader = reader(in);
					try {
						yield reader.read(index);
					} finally {
						reader.dispose();
					}
				}
			}
			default -> {
				BufferedImage image = ImageIO.read(scan.toFile());
				if (image == null) {
					throw new IOException("unreadable image");
				}
				yield image;
			}
		};
	}

	private static List<Path> pdf(Path scan, Path dir, String prefix) throws IOException {
		List<Path> pages = new ArrayList<>();
		try (PDDocument pdf = Loader.loadPDF(scan.toFile())) {
			PDFRenderer renderer = new PDFRenderer(pdf);
			for (int i = 0; i < pdf.getNumberOfPages(); i++) {
				pages.add(write(renderer.renderImageWithDPI(i, DPI, ImageType.GRAY), dir, prefix, i));
			}
		}
		return pages;
	}

	private static List<Path> tiff(Path scan, Path dir, String prefix) throws IOException {
		List<Path> pages = new ArrayList<>();
		try (ImageInputStream in = ImageIO.createImageInputStream(scan.toFile())) {
			ImageReader reader = reader(in);
			try {
				int count = reader.getNumImages(true);
				for (int i = 0; i < count; i++) {
					pages.add(write(reader.read(i), dir, prefix, i));
				}
			} finally {
				reader.dispose();
			}
		}
		return pages;
	}

	private static ImageReader reader(ImageInputStream in) throws IOException {
		Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
		if (readers == null || !readers.hasNext()) {
			throw new IOException("the TIFF cannot be read");
		}
		ImageReader reader = readers.next();
		reader.setInput(in);
		return reader;
	}

	private static Path write(BufferedImage image, Path dir, String prefix, int index) throws IOException {
		Path file = dir.resolve("%s-page-%04d.png".formatted(prefix, index + 1));
		if (!ImageIO.write(image, "png", file.toFile())) {
			throw new IOException("cannot write page " + (index + 1) + " as PNG");
		}
		return file;
	}
}
