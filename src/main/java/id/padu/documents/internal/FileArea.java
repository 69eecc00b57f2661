package id.padu.documents.internal;

import id.padu.documents.Fixity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The directory of the store: temporary files under {@code tmp/}, kept ones under their hash. */
final class FileArea {

	/** A temporary file with its digest; {@code size} is {@code limit + 1} when the content was longer. */
	record Written(Path temp, String sha256, long size, byte[] head, int headLength) {
	}

	private final Path root;

	FileArea(Path root) {
		this.root = root;
	}

	Path pathOf(String sha256) {
		return root.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	/** Copies at most {@code limit + 1} bytes to a synced temporary file, hashing as it goes. */
	Written write(InputStream content, long limit) {
		try {
			Files.createDirectories(root.resolve("tmp"));
			Path temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] head = new byte[MediaTypeDetector.HEAD];
			int headLength = 0;
			long size = 0;
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
					OutputStream out = Channels.newOutputStream(channel)) {
				byte[] buffer = new byte[64 * 1024];
				int read;
				while (size <= limit && (read = content.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - size))) != -1) {
					if (headLength < head.length) {
						int take = Math.min(read, head.length - headLength);
						System.arraycopy(buffer, 0, head, headLength, take);
						headLength += take;
					}
					digest.update(buffer, 0, read);
					out.write(buffer, 0, read);
					size += read;
				}
				out.flush();
				// On disk before the move: after a crash the hash never names a partial file.
				channel.force(true);
			}
			return new Written(temp, HexFormat.of().formatHex(digest.digest()), size, head, headLength);
		} catch (IOException e) {
			throw new UncheckedIOException("Could not write an upload under " + root, e);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	/** Moves the temporary file to its hash unless the same bytes are already there. */
	void keep(Written written) {
		Path target = pathOf(written.sha256());
		try {
			if (Files.exists(target)) {
				try {
					// Young again, so the orphan sweeper leaves bytes alone that a new upload reuses.
					Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
					return;
				} catch (NoSuchFileException sweptJustNow) {
					// The sweeper removed the old copy a moment ago: keep this one below.
				}
			}
			Files.createDirectories(target.getParent());
			try {
				Files.move(written.temp(), target, StandardCopyOption.ATOMIC_MOVE);
			} catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
				// Someone stored the same bytes meanwhile (or the file system cannot replace atomically).
				if (!Files.exists(target)) {
					throw raced;
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Could not keep " + written.sha256() + " under " + root, e);
		}
	}

	/** Hashes the kept file again, streaming; never writes. */
	Fixity verify(String sha256) {
		Path path = pathOf(sha256);
		try (InputStream in = Files.newInputStream(path)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[64 * 1024];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest()).equals(sha256) ? Fixity.INTACT : Fixity.CHANGED;
		} catch (NoSuchFileException gone) {
			return Fixity.MISSING;
		} catch (IOException e) {
			throw new UncheckedIOException("Could not re-read " + path, e);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	void discard(Written written) {
		try {
			Files.deleteIfExists(written.temp());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public String toString() {
		return root.toString();
	}
}
