package id.padu.archive.internal.custody.bagit;

import java.util.Map;

/**
 * A bag that passed every check: its payload files by path relative to {@code data/}, its metadata and
 * {@code bag-info.txt}.
 */
record ValidBag(Map<String, BagReader.Entry> payload, BagMetadata metadata, Map<String, String> info) {
}
