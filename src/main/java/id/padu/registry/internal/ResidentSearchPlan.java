package id.padu.registry.internal;

import id.padu.shared.search.IndonesianNameAnalyzers;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

import java.util.List;

/**
 * How a typed name becomes an index query. The text is normalized by the same analyzers as the index
 * ({@link IndonesianNameAnalyzers}), then every word must be found in the name, each in the best way it
 * can: as a word (10), as two words written together or apart (9), as the start of a word while the
 * officer types (5), or with a typo (3 for one wrong letter, from 3 letters on; 1.5 for two, from 6). The
 * whole name matching exactly, spaces aside, adds 1000 and also counts as a match on its own; a name with
 * as many words as the query adds 1, so that among equal matches the closer name comes first. Every clause scores
 * a constant, so the order is exact name, then all words exact, then prefixes and typos, and no
 * statistics of the index (which differ between tenants and change as people are added) move it.
 * When no resident matches every word, a relaxed pass lets one word miss.
 */
final class ResidentSearchPlan {

	static final String WORDS = "name";
	static final String PREFIXES = "namePrefix";
	static final String PAIRS = "namePairs";
	static final String JOINED = "nameJoined";
	/**
	 * A term per word count ("3"). Named anew when it stopped being a number, so old segments never clash; the
	 * newest field every document has, so the index bootstrap rebuilds documents without it.
	 */
	static final String WORD_COUNT = "nameWordCount";
	/** A term per year of birth ("1985"), for the year filter. */
	static final String BIRTH_YEAR = "birthYear";

	static final float EXACT_NAME = 1000;
	static final float WORD = 10;
	static final float PAIR = 9;
	static final float PREFIX = 5;
	static final float TYPO = 3;
	static final float FAR_TYPO = 1.5f;
	/** As many words as the query: among equally good matches, "Enung" before "Enung Sukmana". */
	static final float SAME_LENGTH = 1;
	/** More words than this add nothing a person needs and only make the query heavier. */
	static final int MAX_WORDS = 6;

	private final List<String> words;
	private final String joined;

	private ResidentSearchPlan(List<String> words, String joined) {
		this.words = words;
		this.joined = joined;
	}

	static ResidentSearchPlan of(String text) {
		return new ResidentSearchPlan(wordsOf(text).stream().limit(MAX_WORDS).toList(), IndonesianNameAnalyzers.joined(text));
	}

	/** The normalized words that count, in a query and in a name alike: single letters (initials) do not. */
	static List<String> wordsOf(String text) {
		return IndonesianNameAnalyzers.words(text).stream().filter(w -> w.length() >= 2).toList();
	}

	boolean isEmpty() {
		return joined.length() < 2;
	}

	boolean canRelax() {
		return words.size() > 1;
	}

	List<String> words() {
		return words;
	}

	String joined() {
		return joined;
	}

	/**
	 * A score as people read it: 1.0 for the exact name, otherwise the share of the best a match by
	 * words can reach (every word exact), at most 0.99.
	 */
	double share(float score) {
		if (score >= EXACT_NAME) {
			return 1.0;
		}
		return words.isEmpty() ? 0
				: Math.min(0.99, score / (words.size() * (WORD + PREFIX + TYPO + FAR_TYPO) + SAME_LENGTH));
	}

	/** Every word found ({@code relaxed}: all but one), or the whole name exactly. */
	PredicateFinalStep predicate(SearchPredicateFactory f, boolean relaxed) {
		PredicateFinalStep match = f.bool(any -> {
			any.should(term(f, JOINED, joined, EXACT_NAME));
			if (!words.isEmpty()) {
				any.should(f.bool(all -> {
					for (int i = 0; i < words.size(); i++) {
						PredicateFinalStep word = word(f, i);
						if (relaxed) {
							all.should(word);
						} else {
							all.must(word);
						}
					}
					if (relaxed) {
						all.minimumShouldMatchNumber(words.size() - 1);
					}
				}));
			}
		});
		if (words.isEmpty()) {
			return match;
		}
		// Only ranks what matched already: never a match on its own.
		return f.bool(root -> root.must(match)
			.should(f.match().field(WORD_COUNT).matching(Integer.toString(words.size())).constantScore().boost(SAME_LENGTH)));
	}

	private PredicateFinalStep word(SearchPredicateFactory f, int i) {
		String word = words.get(i);
		return f.bool(b -> {
			b.should(term(f, WORDS, word, WORD));
			b.should(term(f, PAIRS, word, PAIR));
			if (i + 1 < words.size()) {
				b.should(term(f, WORDS, word + words.get(i + 1), PAIR));
			}
			if (i > 0) {
				b.should(term(f, WORDS, words.get(i - 1) + word, PAIR));
			}
			b.should(term(f, PREFIXES, word, PREFIX));
			// Typos within one word only (a typo and a spacing difference in the same word is rare, and each
			// fuzzy clause costs an automaton): one wrong letter from 3 letters on, two from 6, the nearer first.
			if (word.length() >= 3) {
				b.should(f.match().field(WORDS).matching(word).fuzzy(1, 0).skipAnalysis().constantScore().boost(TYPO));
			}
			if (word.length() >= 6) {
				b.should(f.match().field(WORDS).matching(word).fuzzy(2, 0).skipAnalysis().constantScore().boost(FAR_TYPO));
			}
		});
	}

	private static PredicateFinalStep term(SearchPredicateFactory f, String field, String value, float boost) {
		return f.match().field(field).matching(value).skipAnalysis().constantScore().boost(boost);
	}
}
