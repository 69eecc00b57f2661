package id.padu.documents.internal;

import id.padu.documents.Acceptance;
import id.padu.documents.DocumentRejectedException;
import id.padu.documents.DocumentStore;
import id.padu.documents.Fixity;
import id.padu.documents.StoredFile;
import id.padu.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The store on a local directory: {@code <data-dir>/files/<first two hex digits>/<sha256>}. A file is
 * written to a temporary file first, synced to disk and then moved into place atomically, so a crash
 * never leaves half a file under a hash; bytes already present are not written again. Should the
 * surrounding transaction roll back, the bytes stay without a metadata row: nobody can open them, and
 * the next upload of the same bytes reuses them.
 */
@Service
@Transactional
class LocalDocumentStore implements DocumentStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
	private static final int MAX_NAME = 255;

	private final StoredFileRepository records;
	private final IssuedDocumentRepository issued;
	private final FileArea files;
	private final long maxSize;
	private final Clock clock;

	LocalDocumentStore(StoredFileRepository records, IssuedDocumentRepository issued, @Value("${padu.data-dir}") Path dataDir,
			@Value("${padu.documents.max-size:5MB}") DataSize maxSize, Clock clock) {
		this.records = records;
		this.issued = issued;
		this.files = new FileArea(dataDir.resolve("files"));
		this.maxSize = maxSize.toBytes();
		this.clock = clock;
	}

	@Override
	public StoredFile store(InputStream content, String declaredName) {
		return store(content, declaredName, new Acceptance(Acceptance.DOCUMENTS, maxSize));
	}

	@Override
	public StoredFile store(InputStream content, String declaredName, Acceptance acceptance) {
		long limit = acceptance.maxBytes();
		FileArea.Written written = files.write(content, limit);
		try {
			if (written.size() == 0) {
				throw new DocumentRejectedException("documents.rejected.empty");
			}
			if (written.size() > limit) {
				throw new DocumentRejectedException("documents.rejected.tooLarge", limit / (1024 * 1024));
			}
			String mediaType = MediaTypeDetector.detect(written.head(), written.headLength())
				.filter(acceptance.mediaTypes()::contains)
				.orElseThrow(() -> new DocumentRejectedException("documents.rejected.type"));
			files.keep(written);
			return records.findBySha256(written.sha256()).map(StoredFileRecord::toStoredFile)
				.orElseGet(() -> records.save(new StoredFileRecord(written.sha256(), written.size(), mediaType,
						cleanName(declaredName), uploader(), Instant.now(clock))).toStoredFile());
		} finally {
			files.discard(written);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StoredFile> find(String sha256) {
		return valid(sha256) ? records.findBySha256(sha256).map(StoredFileRecord::toStoredFile) : Optional.empty();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean exists(String sha256) {
		return valid(sha256) && records.existsBySha256(sha256);
	}

	@Override
	@Transactional(readOnly = true)
	public InputStream open(String sha256) {
		if (!exists(sha256)) {
			throw new NotFoundException("documents.file.notFound");
		}
		try {
			return Files.newInputStream(files.pathOf(sha256));
		} catch (IOException e) {
			// A row without its bytes is a fixity failure of the store, not a user error.
			throw new UncheckedIOException("Stored file " + sha256 + " is missing from " + files, e);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Fixity verify(String sha256) {
		if (!exists(sha256)) {
			throw new NotFoundException("documents.file.notFound");
		}
		return files.verify(sha256);
	}

	@Override
	public boolean discard(String sha256) {
		if (!valid(sha256) || issued.existsBySha256(sha256)) {
			return false;
		}
		return records.findBySha256(sha256).map(row -> {
			records.delete(row);
			return true;
		}).orElse(false);
	}

	@Override
	public long maxSize() {
		return maxSize;
	}

	private static boolean valid(String sha256) {
		return sha256 != null && SHA256.matcher(sha256).matches();
	}

	/** The last path segment, without control characters, at most 255 characters. */
	static String cleanName(String declared) {
		String name = declared == null ? "" : declared.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			return "dokumen";
		}
		return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
	}

	private static String uploader() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
	}
}
