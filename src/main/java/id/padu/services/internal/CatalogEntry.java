package id.padu.services.internal;

import java.util.List;

/** A service as the catalog shows it, in the reader's language. {@code feeRupiah} is 0 for a free service. */
record CatalogEntry(String code, int version, String name, String description, String opd, String opdName,
		int slaDays, long feeRupiah, List<String> requiredDocuments, List<FormField> fields) {
}
