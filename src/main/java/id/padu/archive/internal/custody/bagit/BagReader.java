package id.padu.archive.internal.custody.bagit;

import id.padu.shared.BusinessRuleViolation;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded bag into a private temporary folder, never into the document store, refusing as it reads:
 * more entries than allowed, more bytes unpacked than allowed, bytes growing too far over what was read (a zip
 * bomb), and any entry name that is absolute, has a drive letter, a backslash, a {@code .} or {@code ..} segment,
 * or would land outside the folder (zip slip). The caller deletes the folder.
 */
final class BagReader {

	/** An unpacked file: where it is, its SHA-256 and size. */
	record Entry(Path file, String sha256, long size) {
	}

	private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
	/** Below this many unpacked bytes the ratio is not judged: tiny text files compress extremely well. */
	private static final long RATIO_FLOOR = 1024 * 1024;

	private final BagLimits limits;

	BagReader(BagLimits limits) {
		this.limits = limits;
	}

	/** Entries by their name in the zip, files only. */
	Map<String, Entry> unpack(InputStream upload, Path folder) {
		Counting raw = new Counting(upload);
		Map<String, Entry> entries = new LinkedHashMap<>();
		long unpacked = 0;
		int count = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(raw)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++count > limits.maxEntries()) {
					throw refused("archive.custody.bagit.tooManyEntries", limits.maxEntries());
				}
				String name = entry.getName();
				Path target = checkedPath(folder, name);
				if (entry.isDirectory()) {
					continue;
				}
				if (entries.containsKey(name)) {
					throw refused("archive.custody.bagit.duplicateEntry", name);
				}
				Files.createDirectories(target.getParent());
				MessageDigest sha = MessageDigest.getInstance("SHA-256");
				long size = 0;
				try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
					for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
						size += n;
						unpacked += n;
						if (unpacked > limits.maxUnpackedSize().toBytes()) {
							throw refused("archive.custody.bagit.tooLarge", name, limits.maxUnpackedSize().toMegabytes());
						}
						if (unpacked > RATIO_FLOOR && unpacked > limits.maxRatio() * Math.max(raw.count, 1)) {
							throw refused("archive.custody.bagit.zipBomb", name, limits.maxRatio());
						}
						out.write(buffer, 0, n);
					}
				}
				entries.put(name, new Entry(target, HexFormat.of().formatHex(sha.digest()), size));
			}
		} catch (ZipException e) {
			throw refused("archive.custody.bagit.notZip", String.valueOf(e.getMessage()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		if (count == 0) {
			throw refused("archive.custody.bagit.notZip", "-");
		}
		return entries;
	}

	/** The entry's place in the folder, or a refusal naming it. */
	static Path checkedPath(Path folder, String name) {
		if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || DRIVE.matcher(name).matches()
				|| name.chars().anyMatch(c -> c < 0x20)) {
			throw refused("archive.custody.bagit.unsafePath", name);
		}
		String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
		for (String segment : trimmed.split("/", -1)) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
				throw refused("archive.custody.bagit.unsafePath", name);
			}
		}
		Path root = folder.toAbsolutePath().normalize();
		Path target = root.resolve(trimmed).normalize();
		if (!target.startsWith(root) || target.equals(root)) {
			throw refused("archive.custody.bagit.unsafePath", name);
		}
		return target;
	}

	static BusinessRuleViolation refused(String key, Object... arguments) {
		return new BusinessRuleViolation(key, arguments);
	}

	/** Counts the compressed bytes read, to judge how far the unpacked bytes grew. */
	private static final class Counting extends FilterInputStream {

		long count;

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				count += n;
			}
			return n;
		}
	}
}
