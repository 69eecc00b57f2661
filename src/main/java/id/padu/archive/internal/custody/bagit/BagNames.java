package id.padu.archive.internal.custody.bagit;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * File names inside an exported bag: the uploader's name reduced to letters, digits, dot, dash and underscore (no
 * path, no spaces, nothing a receiving file system or a manifest line could misread), and made unique in the bag
 * by a counter before the extension.
 */
final class BagNames {

	private static final int MAX = 100;

	private final Set<String> taken = new HashSet<>();

	/** A unique path under {@code folder} for a file the uploader called {@code name}. */
	String unique(String folder, String name, String fallback) {
		String safe = safe(name, fallback);
		int dot = safe.lastIndexOf('.');
		String stem = dot > 0 ? safe.substring(0, dot) : safe;
		String extension = dot > 0 ? safe.substring(dot) : "";
		String candidate = folder + "/" + safe;
		for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
			candidate = folder + "/" + stem + "-" + n + extension;
		}
		return candidate;
	}

	static String safe(String name, String fallback) {
		String base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		String plain = Normalizer.normalize(base, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String cleaned = plain.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replace("-.", ".")
			.replaceAll("^[-.]+", "").replaceAll("[-.]+$", "");
		if (cleaned.isEmpty()) {
			cleaned = fallback;
		}
		if (cleaned.length() > MAX) {
			int dot = cleaned.lastIndexOf('.');
			String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
			cleaned = cleaned.substring(0, MAX - extension.length()) + extension;
		}
		return cleaned;
	}
}
