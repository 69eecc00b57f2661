package id.padu.archive.internal.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits and, when asked, the facet counts of everything that matched (only what the reader may see):
 * facet name ({@code classification}, {@code opd}, {@code year}, {@code media}) → value → count, largest first.
 * {@code total} is exact up to {@link RecordSearch#countUpTo}, a lower bound above: with facets up to
 * {@link RecordSearch#EXACT_TOTAL_UP_TO}, without them just past the page, enough for {@link #hasNext}.
 */
public record RecordResults(List<RecordHit> hits, long total, boolean totalExact, Map<String, Map<String, Long>> facets) {

	public boolean hasNext(RecordQuery query) {
		return (long) (query.page() + 1) * query.size() < total;
	}
}
