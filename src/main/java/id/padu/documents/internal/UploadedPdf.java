package id.padu.documents.internal;

import id.padu.documents.DocumentStore;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a PDF someone uploads to be checked: at most the store's size limit ({@code padu.documents.max-size}),
 * and a PDF by its first bytes, whatever its name or declared type. Nothing uploaded is kept.
 */
@Component
class UploadedPdf {

	/** The bytes, or the message key (with arguments) of why there are none. */
	record Read(byte[] bytes, String problemKey, Object[] problemArgs) {

		static Read problem(String key, Object... args) {
			return new Read(null, key, args);
		}
	}

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private final long maxSize;

	UploadedPdf(DocumentStore store) {
		this.maxSize = store.maxSize();
	}

	Read read(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			return Read.problem("documents.verify.upload.missing");
		}
		if (file.getSize() > maxSize) {
			return Read.problem("documents.rejected.tooLarge", maxSizeMb());
		}
		try (InputStream in = file.getInputStream()) {
			return read(in);
		}
	}

	Read read(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
		if (bytes.length == 0) {
			return Read.problem("documents.verify.upload.missing");
		}
		if (bytes.length > maxSize) {
			return Read.problem("documents.rejected.tooLarge", maxSizeMb());
		}
		if (bytes.length < PDF_MAGIC.length || !Arrays.equals(bytes, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
			return Read.problem("documents.verify.upload.notPdf");
		}
		return new Read(bytes, null, null);
	}

	long maxSizeMb() {
		return maxSize / (1024 * 1024);
	}
}
