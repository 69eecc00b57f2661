package id.padu.services.internal;

import java.util.List;

/**
 * A service as the catalog shows it, in the reader's language. {@code feeRupiah} is the fixed amount or the
 * unit amount of a per-unit fee, 0 for a free service and for an assessed fee; {@code fee} says which.
 */
record CatalogEntry(String code, int version, String name, String description, String opd, String opdName,
		int slaDays, long feeRupiah, FeeView fee, List<String> requiredDocuments, List<FormField> fields) {
}
