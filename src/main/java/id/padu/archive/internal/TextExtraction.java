package id.padu.archive.internal;

import id.padu.documents.DocumentStore;
import id.padu.documents.StoredFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the text layer of born-digital PDFs (signed letters, issued documents, office exports). A PDF whose pages
 * average fewer than {@value #MIN_CHARS_PER_PAGE} characters is a scan in a PDF wrapper and goes to OCR, as do
 * images (a TIFF counts its pages). An unreadable PDF is kept as it is and also goes to OCR, which reports what it could not read.
 */
@Component
class TextExtraction {

	static final int MIN_CHARS_PER_PAGE = 40;

	private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);

	private final DocumentStore store;

	TextExtraction(DocumentStore store) {
		this.store = store;
	}

	ReadText read(StoredFile file) {
		if ("image/tiff".equals(file.mediaType())) {
			return ReadText.scan(tiffPages(file));
		}
		if (!"application/pdf".equals(file.mediaType())) {
			return ReadText.scan(1);
		}
		try (InputStream in = store.open(file.sha256());
				PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
			int pages = pdf.getNumberOfPages();
			String text = new PDFTextStripper().getText(pdf).strip();
			if (pages > 0 && text.length() / pages >= MIN_CHARS_PER_PAGE) {
				return new ReadText(text, pages, false);
			}
			return ReadText.scan(pages);
		} catch (IOException e) {
			log.warn("PDF {} has no readable text layer ({}); it waits for OCR", file.sha256(), e.getMessage());
			return ReadText.scan(null);
		}
	}

	/** A scanner's TIFF often holds every page of a letter; null when the file cannot be read (OCR will say). */
	private Integer tiffPages(StoredFile file) {
		try (InputStream in = store.open(file.sha256()); ImageInputStream images = ImageIO.createImageInputStream(in)) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(images);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(images);
				return reader.getNumImages(true);
			} finally {
				reader.dispose();
			}
		} catch (IOException | RuntimeException e) {
			log.warn("TIFF {} cannot be read ({}); it waits for OCR", file.sha256(), e.getMessage());
			return null;
		}
	}
}
