package id.padu.archive.internal.custody.bagit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on an imported bag, checked while it is unpacked so a zip bomb is stopped before it fills the disk:
 * how many entries, how many bytes unpacked in all, and how far the bytes may grow over what was read
 * ({@code padu.archive.bagit.*}).
 */
@ConfigurationProperties("padu.archive.bagit")
record BagLimits(Integer maxEntries, DataSize maxUnpackedSize, Integer maxRatio) {

	BagLimits {
		maxEntries = maxEntries == null ? 10_000 : maxEntries;
		maxUnpackedSize = maxUnpackedSize == null ? DataSize.ofGigabytes(1) : maxUnpackedSize;
		maxRatio = maxRatio == null ? 100 : maxRatio;
	}
}
