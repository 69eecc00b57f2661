package id.padu.archive.internal.custody.bagit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.padu.archive.internal.custody.bagit.BagReader.refused;

/**
 * The RFC 8493 checks on an unpacked bag, all before anything is filed: {@code bagit.txt} with version 0.97 or
 * 1.0, a {@code manifest-sha256.txt} naming exactly the payload files with matching checksums, the Payload-Oxum
 * of {@code bag-info.txt}, the tag manifest when there is one, and the Dublin Core metadata. A bag zipped inside
 * one top folder is accepted as well as one at the root of the zip.
 */
final class BagValidation {

	private static final Set<String> VERSIONS = Set.of("0.97", "1.0");
	private static final Pattern LINE = Pattern.compile("^([0-9a-fA-F]{64})[ \\t]+\\*?(.+)$");
	private static final Path NOWHERE = Path.of("/bag");

	private BagValidation() {
	}

	static ValidBag check(Map<String, BagReader.Entry> entries) {
		String prefix = prefix(entries);
		Map<String, String> bagit = tags(entries.get(prefix + "bagit.txt"));
		String version = bagit.getOrDefault("BagIt-Version", "");
		if (!VERSIONS.contains(version)) {
			throw refused("archive.custody.bagit.badVersion", version);
		}
		if (!"UTF-8".equalsIgnoreCase(bagit.getOrDefault("Tag-File-Character-Encoding", ""))) {
			throw refused("archive.custody.bagit.badEncoding", bagit.getOrDefault("Tag-File-Character-Encoding", ""));
		}
		BagReader.Entry manifestEntry = entries.get(prefix + "manifest-sha256.txt");
		if (manifestEntry == null) {
			throw refused("archive.custody.bagit.missingManifest", "manifest-sha256.txt");
		}
		Map<String, BagReader.Entry> payload = new LinkedHashMap<>();
		entries.forEach((name, entry) -> {
			if (name.startsWith(prefix + "data/")) {
				payload.put(name.substring(prefix.length() + "data/".length()), entry);
			}
		});
		Map<String, String> manifest = manifest(manifestEntry, "manifest-sha256.txt");
		for (String path : payload.keySet()) {
			if (!manifest.containsKey("data/" + path)) {
				throw refused("archive.custody.bagit.notInManifest", "data/" + path);
			}
		}
		manifest.forEach((path, sum) -> {
			BagReader.Entry entry = path.startsWith("data/") ? payload.get(path.substring(5)) : null;
			if (entry == null) {
				throw refused("archive.custody.bagit.missingPayload", path);
			}
			if (!entry.sha256().equalsIgnoreCase(sum)) {
				throw refused("archive.custody.bagit.checksum", path);
			}
		});
		Map<String, String> info = entries.containsKey(prefix + "bag-info.txt")
				? tags(entries.get(prefix + "bag-info.txt")) : Map.of();
		String oxum = info.get("Payload-Oxum");
		if (oxum != null) {
			String actual = payload.values().stream().mapToLong(BagReader.Entry::size).sum() + "." + payload.size();
			if (!oxum.strip().equals(actual)) {
				throw refused("archive.custody.bagit.oxum", oxum, actual);
			}
		}
		BagReader.Entry tagManifest = entries.get(prefix + "tagmanifest-sha256.txt");
		if (tagManifest != null) {
			manifest(tagManifest, "tagmanifest-sha256.txt").forEach((path, sum) -> {
				BagReader.Entry tag = entries.get(prefix + path);
				if (tag == null || !tag.sha256().equalsIgnoreCase(sum)) {
					throw refused("archive.custody.bagit.checksum", path);
				}
			});
		}
		BagReader.Entry dublinCore = payload.get(BagWriter.METADATA);
		if (dublinCore == null) {
			throw refused("archive.custody.bagit.missingMetadata", "data/" + BagWriter.METADATA);
		}
		BagMetadata metadata;
		try (InputStream in = Files.newInputStream(dublinCore.file())) {
			metadata = DublinCore.read(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		for (BagMetadata.Record r : metadata.records()) {
			for (BagMetadata.File f : r.files()) {
				if (!payload.containsKey(f.path())) {
					throw refused("archive.custody.bagit.missingPayload", "data/" + f.path());
				}
			}
		}
		return new ValidBag(payload, metadata, info);
	}

	/** "" for a bag at the root of the zip, "name/" for a bag in one top folder. */
	private static String prefix(Map<String, BagReader.Entry> entries) {
		if (entries.containsKey("bagit.txt")) {
			return "";
		}
		List<String> found = entries.keySet().stream().filter(n -> n.endsWith("/bagit.txt") && n.indexOf('/') == n
			.lastIndexOf('/')).toList();
		if (found.size() == 1) {
			String prefix = found.get(0).substring(0, found.get(0).length() - "bagit.txt".length());
			if (entries.keySet().stream().allMatch(n -> n.startsWith(prefix))) {
				return prefix;
			}
		}
		throw refused("archive.custody.bagit.missingBagit", "bagit.txt");
	}

	/** {@code Label: value} lines; a line starting with white space continues the previous value. */
	private static Map<String, String> tags(BagReader.Entry entry) {
		Map<String, String> tags = new LinkedHashMap<>();
		String last = null;
		for (String line : lines(entry)) {
			if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && last != null) {
				tags.put(last, tags.get(last) + " " + line.strip());
			} else if (line.contains(":")) {
				last = line.substring(0, line.indexOf(':')).strip();
				tags.putIfAbsent(last, line.substring(line.indexOf(':') + 1).strip());
			}
		}
		return tags;
	}

	private static Map<String, String> manifest(BagReader.Entry entry, String name) {
		Map<String, String> sums = new LinkedHashMap<>();
		for (String line : lines(entry)) {
			if (line.isBlank()) {
				continue;
			}
			Matcher m = LINE.matcher(line);
			if (!m.matches()) {
				throw refused("archive.custody.bagit.badManifestLine", name, line);
			}
			String path = m.group(2).replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
			BagReader.checkedPath(NOWHERE, path);
			if (sums.put(path, m.group(1)) != null) {
				throw refused("archive.custody.bagit.duplicateEntry", path);
			}
		}
		return sums;
	}

	private static List<String> lines(BagReader.Entry entry) {
		try {
			String text = Files.readString(entry.file(), StandardCharsets.UTF_8);
			return List.of((text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\n|\r"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
