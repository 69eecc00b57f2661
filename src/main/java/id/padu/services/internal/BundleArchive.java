package id.padu.services.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of a bundle, from an uploaded zip (files at the top or inside one folder; bounded in number and
 * size, so a zip bomb is refused while it is read) or from a classpath folder. Only names are kept, never
 * paths, so nothing is ever written where a crafted entry name points.
 */
final class BundleArchive {

	static final int MAX_ENTRIES = 20;
	static final int MAX_FILE = 1024 * 1024;
	static final int MAX_TOTAL = 4 * 1024 * 1024;

	private BundleArchive() {
	}

	static Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> files = new TreeMap<>();
		int entries = 0;
		long total = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				if (++entries > MAX_ENTRIES) {
					throw invalid("services.bundle.problem.zipEntries", MAX_ENTRIES);
				}
				String name = entry.getName().replace('\\', '/');
				if (entry.isDirectory() || name.startsWith("__MACOSX/") || name.endsWith(".DS_Store")) {
					continue;
				}
				byte[] bytes = read(in);
				total += bytes.length;
				if (total > MAX_TOTAL) {
					throw invalid("services.bundle.problem.zipSize", MAX_TOTAL / (1024 * 1024));
				}
				files.put(name, bytes);
			}
		} catch (IOException e) {
			throw invalid("services.bundle.problem.zip");
		}
		if (files.isEmpty()) {
			throw invalid("services.bundle.problem.zip");
		}
		return withoutCommonFolder(files);
	}

	/** A zip of a folder holds {@code folder/service.yml}: the files count as if they were at the top. */
	private static Map<String, byte[]> withoutCommonFolder(Map<String, byte[]> files) {
		String first = files.keySet().iterator().next();
		int slash = first.indexOf('/');
		if (slash < 0) {
			return files;
		}
		String folder = first.substring(0, slash + 1);
		if (!files.keySet().stream().allMatch(name -> name.startsWith(folder))) {
			return files;
		}
		Map<String, byte[]> flat = new TreeMap<>();
		files.forEach((name, bytes) -> flat.put(name.substring(folder.length()), bytes));
		return flat;
	}

	private static byte[] read(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int n;
		while ((n = in.read(buffer)) > 0) {
			out.write(buffer, 0, n);
			if (out.size() > MAX_FILE) {
				throw invalid("services.bundle.problem.fileSize", MAX_FILE / 1024);
			}
		}
		return out.toByteArray();
	}

	/** SHA-256 over the file names and contents in name order: the same files give the same value. */
	static String sha256(Map<String, byte[]> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			new TreeMap<>(files).forEach((name, bytes) -> {
				digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(bytes);
			});
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static InvalidBundleException invalid(String key, Object... args) {
		return new InvalidBundleException(List.of(new BundleProblem("", "", key, args)));
	}
}
