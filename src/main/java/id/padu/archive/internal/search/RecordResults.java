package id.padu.archive.internal.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits ({@link RecordSearch#search}) or the facet counts of everything that matched, only what the reader
 * may see ({@link RecordSearch#facets}): facet name ({@code classification}, {@code opd}, {@code year},
 * {@code media}) → value → count, largest first. {@code total}: with the facets exact, with a page of hits exact
 * only up to just past the page (enough for {@link #hasNext}) and a lower bound above.
 */
public record RecordResults(List<RecordHit> hits, long total, boolean totalExact, Map<String, Map<String, Long>> facets) {

	public boolean hasNext(RecordQuery query) {
		return (long) (query.page() + 1) * query.size() < total;
	}
}
