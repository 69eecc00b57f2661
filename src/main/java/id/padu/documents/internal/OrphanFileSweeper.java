package id.padu.documents.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes bytes nobody can open: a file under its hash that no {@code stored_file} row of any pemda
 * references (its upload's transaction rolled back), and temporary upload files a crash left behind, once
 * they are older than the grace period (default 24 hours, {@code padu.documents.orphan-cleanup.grace}).
 * The grace covers transactions still running; the store touches a file it reuses, so bytes uploaded
 * again are young again. Runs daily ({@code padu.documents.orphan-cleanup.cron}, Asia/Jakarta; {@code -}
 * turns it off). Each directory is listed as a stream and rows are looked up in batches, so a store of
 * millions of files is never held in memory.
 */
@Component
class OrphanFileSweeper {

	/** What one sweep found and removed. */
	record Result(long checked, long orphansRemoved, long uploadsRemoved) {
	}

	private static final Logger log = LoggerFactory.getLogger(OrphanFileSweeper.class);
	private static final Pattern PREFIX = Pattern.compile("[0-9a-f]{2}");
	private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
	private static final int BATCH = 500;

	private final Path root;
	private final JdbcClient jdbc;
	private final Duration grace;
	private final Clock clock;

	OrphanFileSweeper(@Value("${padu.data-dir}") Path dataDir, JdbcClient jdbc,
			@Value("${padu.documents.orphan-cleanup.grace:PT24H}") Duration grace, Clock clock) {
		this.root = dataDir.resolve("files");
		this.jdbc = jdbc;
		this.grace = grace;
		this.clock = clock;
	}

	@Scheduled(cron = "${padu.documents.orphan-cleanup.cron:0 30 2 * * *}", zone = "Asia/Jakarta")
	void sweepDaily() {
		Result result = sweep(Instant.now(clock).minus(grace));
		log.info("Document store sweep: {} old files checked, {} orphaned files and {} abandoned uploads removed",
				result.checked(), result.orphansRemoved(), result.uploadsRemoved());
	}

	/** Removes orphans and abandoned uploads last modified before {@code cutoff}. */
	Result sweep(Instant cutoff) {
		if (!Files.isDirectory(root)) {
			return new Result(0, 0, 0);
		}
		long checked = 0;
		long removed = 0;
		List<Path> batch = new ArrayList<>(BATCH);
		try (DirectoryStream<Path> prefixes = Files.newDirectoryStream(root,
				p -> Files.isDirectory(p) && PREFIX.matcher(p.getFileName().toString()).matches())) {
			for (Path prefix : prefixes) {
				try (DirectoryStream<Path> files = Files.newDirectoryStream(prefix, p -> isStoredFile(p, prefix))) {
					for (Path file : files) {
						if (olderThan(file, cutoff)) {
							batch.add(file);
							checked++;
						}
						if (batch.size() == BATCH) {
							removed += removeUnreferenced(batch, cutoff);
							batch.clear();
						}
					}
				}
			}
			removed += removeUnreferenced(batch, cutoff);
			return new Result(checked, removed, removeAbandonedUploads(cutoff));
		} catch (IOException e) {
			throw new UncheckedIOException("Could not sweep the document store under " + root, e);
		}
	}

	private long removeUnreferenced(List<Path> files, Instant cutoff) throws IOException {
		if (files.isEmpty()) {
			return 0;
		}
		Set<String> referenced = referenced(files.stream().map(f -> f.getFileName().toString()).toList());
		long removed = 0;
		for (Path file : files) {
			// Checked again right before deleting: the store touches a file it reuses for a new upload.
			if (!referenced.contains(file.getFileName().toString()) && olderThan(file, cutoff)
					&& Files.deleteIfExists(file)) {
				removed++;
			}
		}
		return removed;
	}

	/** Which of these hashes any pemda has a row for: deliberately across tenants, the bytes are shared. */
	private Set<String> referenced(List<String> hashes) {
		String placeholders = String.join(", ", Collections.nCopies(hashes.size(), "?"));
		return new HashSet<>(jdbc.sql("select distinct sha256 from stored_file where sha256 in (" + placeholders + ")")
			.params(hashes).query(String.class).list());
	}

	private long removeAbandonedUploads(Instant cutoff) throws IOException {
		Path tmp = root.resolve("tmp");
		if (!Files.isDirectory(tmp)) {
			return 0;
		}
		long removed = 0;
		try (DirectoryStream<Path> uploads = Files.newDirectoryStream(tmp, "upload-*.part")) {
			for (Path upload : uploads) {
				if (olderThan(upload, cutoff) && Files.deleteIfExists(upload)) {
					removed++;
				}
			}
		}
		return removed;
	}

	private static boolean isStoredFile(Path file, Path prefix) {
		String name = file.getFileName().toString();
		return HASH.matcher(name).matches() && name.startsWith(prefix.getFileName().toString())
				&& Files.isRegularFile(file);
	}

	private static boolean olderThan(Path file, Instant cutoff) throws IOException {
		try {
			return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
		} catch (NoSuchFileException gone) {
			return false;
		}
	}
}
