package id.padu.archive.internal.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The passage shown under a hit, with the searched words marked, taken from the record already loaded for the
 * page. Lucene's highlighter did this before from a second copy of every text stored in the index (1.7 GB instead
 * of 514 MB at a million records, and 2 ms more at the median search). Here the record's text is analysed with the
 * index's own analyzer, so "perizinan" in the text is marked for a search for "izin" just as the index matched it.
 */
final class Snippets {

	/** Characters of context kept before the first marked word of the passage. */
	static final int LEAD = 40;

	private final Analyzer analyzer;

	Snippets(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * The passage of at most {@code length} characters that holds the most different searched words, earliest first,
	 * from the first of the parts (a record's text, description, title) with the most. Null when none holds one.
	 */
	String marked(SearchedWords words, int length, String... parts) {
		if (words.isEmpty()) {
			return null;
		}
		Passage best = null;
		for (String part : parts) {
			Passage passage = part == null ? null : best(part, words, length);
			if (passage != null && (best == null || passage.distinct() > best.distinct())) {
				best = passage;
			}
		}
		return best == null ? null : best.render();
	}

	/**
	 * The beginning of the first part that has text, cut at a word, for a hit where no searched word is marked (a
	 * search by filters only, or a word matched in the index by a rule the passage cannot show).
	 */
	static String opening(int length, String... parts) {
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				return new Passage(part, 0, Math.min(part.length(), length), List.of(), 0).render();
			}
		}
		return null;
	}

	private Passage best(String text, SearchedWords words, int length) {
		List<Match> matches = matches(text, words, length);
		Passage best = null;
		int last = 0;
		for (int first = 0; first < matches.size(); first++) {
			int start = Math.max(0, matches.get(first).start() - LEAD);
			int end = Math.min(text.length(), start + length);
			while (last < matches.size() && matches.get(last).end() <= end) {
				last++;
			}
			if (last <= first) {
				continue; // a single word longer than the passage
			}
			List<Match> inside = matches.subList(first, last);
			long distinct = inside.stream().map(Match::word).distinct().count();
			if (best == null || distinct > best.distinct()) {
				best = new Passage(text, start, end, inside, (int) distinct);
			}
			if (distinct == words.size()) {
				break;
			}
		}
		return best;
	}

	/**
	 * The searched words in the text, in order. Reading stops once one passage holds every searched word and the
	 * text beyond that passage is reached: an OCR text of a hundred pages is not read to its end for one word.
	 */
	private List<Match> matches(String text, SearchedWords words, int length) {
		List<Match> matches = new ArrayList<>();
		Map<String, Integer> lastStart = new HashMap<>();
		int stopAfter = Integer.MAX_VALUE;
		try (TokenStream tokens = analyzer.tokenStream("allText", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			tokens.reset();
			while (tokens.incrementToken() && offset.startOffset() <= stopAfter) {
				String word = words.matching(term.toString());
				if (word == null) {
					continue;
				}
				matches.add(new Match(offset.startOffset(), offset.endOffset(), word));
				lastStart.put(word, offset.startOffset());
				if (stopAfter == Integer.MAX_VALUE && lastStart.size() == words.size()) {
					int passageEnd = Math.max(0, Collections.min(lastStart.values()) - LEAD) + length;
					if (offset.endOffset() <= passageEnd) {
						stopAfter = passageEnd;
					}
				}
			}
			tokens.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException("analysing text held in memory", e);
		}
		return matches;
	}

	/** The words of a search, analysed like the index analyses them: exact terms and prefixes ({@code izin*}). */
	SearchedWords words(String query) {
		Map<String, Boolean> words = new HashMap<>();
		if (query == null) {
			return new SearchedWords(words);
		}
		for (String token : query.split("\\s+")) {
			// Simple query string syntax: "-word" excludes, so it is never marked; ~n is fuzziness.
			if (token.startsWith("-")) {
				continue;
			}
			String bare = token.replaceAll("[+|\"()]", "").replaceAll("~\\d*$", "");
			if (bare.endsWith("*")) {
				String prefix = bare.substring(0, bare.length() - 1).toLowerCase();
				if (!prefix.isEmpty()) {
					words.put(prefix, true);
				}
			}
			else {
				analysed(bare).forEach(term -> words.putIfAbsent(term, false));
			}
		}
		return new SearchedWords(words);
	}

	private List<String> analysed(String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream("allText", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException("analysing text held in memory", e);
		}
		return terms;
	}

	/** Searched terms; a term mapped to {@code true} is a prefix. */
	record SearchedWords(Map<String, Boolean> terms) {

		boolean isEmpty() {
			return terms.isEmpty();
		}

		int size() {
			return terms.size();
		}

		/** The searched term or prefix this analysed term of the text matches, or null. */
		String matching(String term) {
			Boolean prefix = terms.get(term);
			if (prefix != null) {
				return term;
			}
			for (var entry : terms.entrySet()) {
				if (entry.getValue() && term.startsWith(entry.getKey())) {
					return entry.getKey();
				}
			}
			return null;
		}
	}

	private record Match(int start, int end, String word) {
	}

	private record Passage(String text, int start, int end, List<Match> matches, int distinct) {

		/** The passage cut at word boundaries, white space flattened, the matched words between the marks. */
		String render() {
			int from = start == 0 ? 0 : wordStartAtOrAfter(start, matches.get(0).start());
			int lastEnd = matches.isEmpty() ? from : matches.get(matches.size() - 1).end();
			int to = end == text.length() ? end : wordEndAtOrBefore(end, lastEnd);
			if (to <= from) {
				to = end; // one word longer than the passage: cut inside it
			}
			StringBuilder out = new StringBuilder(to - from + 8);
			if (from > 0) {
				out.append('…');
			}
			int at = from;
			for (Match match : matches) {
				out.append(text, at, match.start())
					.append(RecordHit.MARK_START)
					.append(text, match.start(), match.end())
					.append(RecordHit.MARK_END);
				at = match.end();
			}
			out.append(text, at, to);
			if (to < text.length()) {
				out.append('…');
			}
			return out.toString().replaceAll("\\s+", " ").strip();
		}

		private int wordStartAtOrAfter(int position, int limit) {
			int space = position;
			while (space < limit && !Character.isWhitespace(text.charAt(space - 1))) {
				space++;
			}
			return space;
		}

		private int wordEndAtOrBefore(int position, int limit) {
			int space = position;
			while (space > limit && !Character.isWhitespace(text.charAt(space))) {
				space--;
			}
			return space;
		}
	}
}
