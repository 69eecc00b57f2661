package id.padu.archive.internal.search;

import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.Reader;
import id.padu.archive.internal.RecordAccessPolicy;
import id.padu.classification.SecurityClass;
import id.padu.shared.search.IndonesianAnalysis;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Full-text and faceted search of the current pemda's records. The access rule is part of the query, so a page
 * of hits, the total and the facet counts only ever contain records the reader may open; tombstones of destroyed
 * records are left out. Hits are loaded from the database; the snippet is cut from the loaded text ({@link Snippets}).
 */
@Service
@Transactional(readOnly = true)
public class RecordSearch {

	static final int SNIPPET_CHARS = 200;
	static final int FACET_VALUES = 20;
	static final Map<String, String> FACET_FIELDS = Map.of("classification", "mainCode", "opd", "creatorUnit", "year",
			"year", "media", "media");

	private final EntityManager entityManager;
	private final Snippets snippets = new Snippets(IndonesianAnalysis.text());

	RecordSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * A page of hits with their snippets, no facets. The total is only counted to just past the page, enough to
	 * know whether there is a next one: once that many hits are seen Lucene may skip blocks of documents that
	 * cannot reach the page, which is what keeps a conjunction of two common words fast. The exact count comes
	 * with the {@link #facets}.
	 */
	public RecordResults search(RecordQuery query, Reader reader) {
		if (query.beyondReach()) {
			return new RecordResults(List.of(), RecordQuery.MAX_DEPTH, false, Map.of());
		}
		var session = Search.session(entityManager);
		var scope = session.scope(ArchiveRecord.class);
		var step = session.search(scope)
			.select(f -> f.entity())
			.where(predicate(scope.predicate(), query, reader));
		if (!query.hasText()) {
			step = step.sort(f -> f.field("recordDate").desc().then().score());
		}
		SearchResult<ArchiveRecord> result = step.totalHitCountThreshold((query.page() + 1) * query.size() + 1)
			.fetch(query.page() * query.size(), query.size());
		Snippets.SearchedWords words = snippets.words(query.text());
		List<RecordHit> hits = new ArrayList<>();
		for (ArchiveRecord record : result.hits()) {
			String marked = snippets.marked(words, SNIPPET_CHARS, record.fullText(), record.description(), record.title());
			hits.add(hit(record, marked != null ? marked
					: Snippets.opening(SNIPPET_CHARS, record.description(), record.fullText())));
		}
		return new RecordResults(hits, result.total().hitCountLowerBound(), result.total().isHitCountExact(), Map.of());
	}

	/**
	 * The facet counts of everything the search matches (only what the reader may see), without hits. Counting
	 * every match of a common word over a million records takes hundreds of milliseconds, so the staff page asks
	 * for them in a second request after its hits are shown; the total is exact.
	 */
	public RecordResults facets(RecordQuery query, Reader reader) {
		var session = Search.session(entityManager);
		var scope = session.scope(ArchiveRecord.class);
		var step = session.search(scope)
			.select(f -> f.id())
			.where(predicate(scope.predicate(), query, reader));
		Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
		for (String facet : List.of("classification", "opd", "year", "media")) {
			AggregationKey<Map<String, Long>> key = AggregationKey.of(facet);
			keys.put(facet, key);
			step = step.aggregation(key, f -> f.terms().field(FACET_FIELDS.get(facet), String.class, ValueModel.INDEX)
				.maxTermCount(FACET_VALUES));
		}
		// The aggregations visit every match anyway, so the total is counted exactly at no extra cost.
		SearchResult<Object> result = step.fetch(0);
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		keys.forEach((facet, key) -> facets.put(facet, result.aggregation(key)));
		return new RecordResults(List.of(), result.total().hitCountLowerBound(), result.total().isHitCountExact(), facets);
	}

	private static SearchPredicate predicate(SearchPredicateFactory f, RecordQuery query, Reader reader) {
		return f.bool(root -> {
			if (query.hasText()) {
				root.must(f.simpleQueryString()
					.field("allText")
					.matching(query.text())
					.defaultOperator(BooleanOperator.AND));
			} else {
				root.must(f.matchAll());
			}
			// Excluding the few tombstones is cheap; requiring "not destroyed" would collect every live record.
			root.mustNot(f.match().field("destroyed").matching(true));
			root.filter(visible(f, reader));
			if (query.classification() != null) {
				root.filter(f.match().field(query.byMainCode() ? "mainCode" : "classificationCode")
					.matching(query.classification()));
			}
			if (query.opd() != null) {
				root.filter(f.match().field("creatorUnit").matching(query.opd()));
			}
			if (query.year() != null) {
				root.filter(f.match().field("year").matching(query.year().toString()));
			}
			if (query.media() != null) {
				root.filter(f.match().field("media").matching(query.media()));
			}
		}).toPredicate();
	}

	/** {@link RecordAccessPolicy} as a filter: each class, limited to the creating OPDs the reader may see. */
	static SearchPredicate visible(SearchPredicateFactory f, Reader reader) {
		return f.bool(any -> {
			for (SecurityClass securityClass : SecurityClass.values()) {
				Set<String> units = RecordAccessPolicy.visibleUnits(reader, securityClass);
				if (units == null) {
					any.should(f.match().field("securityClass").matching(securityClass));
				} else if (!units.isEmpty()) {
					any.should(f.bool()
						.must(f.match().field("securityClass").matching(securityClass))
						.must(f.terms().field("creatorUnit").matchingAny(units)));
				}
			}
		}).toPredicate();
	}

	private static RecordHit hit(ArchiveRecord record, String marked) {
		String plain = marked == null ? null
				: marked.replace(RecordHit.MARK_START, "").replace(RecordHit.MARK_END, "");
		return new RecordHit(record.getId(), record.title(), record.classificationCode(), record.recordDate(),
				record.creatorUnit(), record.media(), record.securityClass(), record.berkasId(), plain, marked);
	}
}
