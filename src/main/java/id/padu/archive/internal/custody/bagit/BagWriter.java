package id.padu.archive.internal.custody.bagit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The tag files of one exported bag, and the checksums of those that the tag manifest lists. */
final class BagWriter {

	static final String METADATA = "metadata/dublin-core.xml";

	private final BagItExport.Plan plan;
	private final LocalDate baggingDate;
	private final Map<String, String> tagSums = new LinkedHashMap<>();
	private String metadataSum;

	BagWriter(BagItExport.Plan plan, LocalDate baggingDate) {
		this.plan = plan;
		this.baggingDate = baggingDate;
	}

	byte[] bagitTxt() {
		return "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".getBytes(StandardCharsets.UTF_8);
	}

	byte[] bagInfo(long metadataSize) {
		long octets = metadataSize + plan.payload().stream().mapToLong(BagItExport.Payload::size).sum();
		int count = plan.payload().size() + 1;
		var berkas = plan.berkas();
		StringBuilder info = new StringBuilder();
		line(info, "Source-Organization", plan.pemda());
		line(info, "External-Identifier", berkas.berkasNumber());
		line(info, "External-Description", berkas.title());
		line(info, "Bagging-Date", baggingDate.toString());
		line(info, "Bag-Count", "1 of 1");
		line(info, "Payload-Oxum", octets + "." + count);
		line(info, "Internal-Sender-Identifier", berkas.getId().toString());
		line(info, "Internal-Sender-Description", "Berkas %s (%s), klasifikasi %s, %s, %d arsip".formatted(
				berkas.berkasNumber(), berkas.title(), berkas.classificationCode(), berkas.securityClass(),
				plan.metadata().records().size()));
		return info.toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] manifest() {
		StringBuilder manifest = new StringBuilder();
		for (BagItExport.Payload p : plan.payload()) {
			manifest.append(p.sha256()).append("  data/").append(p.path()).append('\n');
		}
		manifest.append(metadataSum).append("  data/").append(METADATA).append('\n');
		return manifest.toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] tagManifest() {
		StringBuilder manifest = new StringBuilder();
		tagSums.forEach((name, sum) -> manifest.append(sum).append("  ").append(name).append('\n'));
		return manifest.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Adds a small file to the zip; a tag file's checksum is kept for the tag manifest, the metadata's for the manifest. */
	void put(ZipOutputStream zip, String name, byte[] bytes, boolean tagFile) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes);
		zip.closeEntry();
		if (tagFile) {
			tagSums.put(name, sha256(bytes));
		} else if (name.endsWith(METADATA)) {
			metadataSum = sha256(bytes);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Values on one line: a newline in a title would start a label of its own. */
	private static void line(StringBuilder info, String label, String value) {
		info.append(label).append(": ").append(value.replaceAll("[\\r\\n]+", " ").strip()).append('\n');
	}
}
