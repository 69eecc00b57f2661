package id.padu.archive.internal.digitization;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads a record's scans page by page with tesseract, outside any transaction and without the database: the text,
 * each page's mean word confidence, and per scan a searchable PDF (tesseract's one-page PDFs merged). Works in a
 * temporary directory that {@link Result#close()} removes.
 */
@Component
class OcrEngine {

	/** A scan to read: {@code open} gives its bytes (read once, then closed). */
	record Scan(String sha256, String mediaType, Supplier<InputStream> open) {
	}

	record Page(String originalSha256, int pageInFile, Double confidence, int words, boolean unreadable) {
	}

	record Searchable(String originalSha256, Path pdf, int pages) {
	}

	record Result(String text, List<Page> pages, List<Searchable> pdfs, Path dir) implements AutoCloseable {
		@Override
		public void close() {
			FileSystemUtils.deleteRecursively(dir.toFile());
		}
	}

	private final Tesseract tesseract;
	private final double minConfidence;

	OcrEngine(Tesseract tesseract, @Value("${padu.archive.ocr.min-confidence:60}") double minConfidence) {
		this.tesseract = tesseract;
		this.minConfidence = minConfidence;
	}

	Result read(List<Scan> scans) throws IOException {
		Path dir = Files.createTempDirectory("padu-ocr-");
		try {
			StringBuilder text = new StringBuilder();
			List<Page> pages = new ArrayList<>();
			List<Searchable> pdfs = new ArrayList<>();
			int n = 0;
			for (Scan scan : scans) {
				String prefix = "scan" + (++n);
				Path copy = dir.resolve(prefix + extension(scan.mediaType()));
				try (InputStream in = scan.open().get()) {
					Files.copy(in, copy);
				}
				List<Path> images = PageImages.split(copy, scan.mediaType(), dir, prefix);
				PDFMergerUtility merger = new PDFMergerUtility();
				for (int i = 0; i < images.size(); i++) {
					Path base = dir.resolve("%s-ocr-%04d".formatted(prefix, i + 1));
					tesseract.read(images.get(i), base);
					String pageText = Files.readString(sibling(base, ".txt"), StandardCharsets.UTF_8).replace('\f', '\n').strip();
					if (!pageText.isEmpty()) {
						text.append(text.isEmpty() ? "" : "\n\n").append(pageText);
					}
					pages.add(page(scan.sha256(), i + 1, Files.readAllLines(sibling(base, ".tsv"), StandardCharsets.UTF_8)));
					merger.addSource(sibling(base, ".pdf").toFile());
				}
				Path searchable = dir.resolve(prefix + "-searchable.pdf");
				merger.setDestinationFileName(searchable.toString());
				merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
				pdfs.add(new Searchable(scan.sha256(), searchable, images.size()));
			}
			return new Result(text.toString(), pages, pdfs, dir);
		} catch (IOException | RuntimeException e) {
			FileSystemUtils.deleteRecursively(dir.toFile());
			throw e;
		}
	}

	/** Mean confidence of the recognised words (TSV level 5 with a confidence of 0 or more and some text). */
	Page page(String sha256, int pageInFile, List<String> tsv) {
		double sum = 0;
		int words = 0;
		for (String line : tsv) {
			String[] columns = line.split("\t", -1);
			if (columns.length < 12 || !"5".equals(columns[0]) || columns[11].isBlank()) {
				continue;
			}
			double confidence;
			try {
				confidence = Double.parseDouble(columns[10]);
			} catch (NumberFormatException e) {
				continue;
			}
			if (confidence >= 0) {
				sum += confidence;
				words++;
			}
		}
		Double mean = words == 0 ? null : Math.round(sum / words * 10) / 10.0;
		return new Page(sha256, pageInFile, mean, words, mean == null || mean < minConfidence);
	}

	private static Path sibling(Path base, String extension) {
		return base.resolveSibling(base.getFileName() + extension);
	}

	private static String extension(String mediaType) {
		return switch (mediaType) {
			case "application/pdf" -> ".pdf";
			case "image/tiff" -> ".tif";
			case "image/png" -> ".png";
			default -> ".jpg";
		};
	}
}
