package id.padu.shared.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.apache.lucene.analysis.pattern.PatternTokenizerFactory;
import org.apache.lucene.analysis.shingle.ShingleFilterFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyzers for names of people, the same at index and at query time so that every way of writing a
 * name becomes the same tokens: lower case, without accents, in the new spelling (Soekarno → sukarno,
 * Djoko → yoko, Tjahjo → cahyo, Wahjoe → wahyu), with abbreviations written out (Moh., Mochammad,
 * Muhamad → muhammad; St. → siti; Abd. → abdul; Achmad → ahmad) and titles dropped (H., Hj.). The same
 * instances serve the index (through {@link IndonesianAnalysis}) and Java code that plans a query.
 */
public final class IndonesianNameAnalyzers {

	/** Words of the name: the field that exact and fuzzy word matches run against. */
	public static final String PERSON = "indonesianPerson";
	/** Every prefix (2–20 letters) of every word: for results as the officer types. */
	public static final String PERSON_PREFIX = "indonesianPersonPrefix";
	/** Each two neighbouring words written together (nur + hayati → nurhayati). */
	public static final String PERSON_PAIRS = "indonesianPersonPairs";
	/** The whole name as one token without spaces: an exact match of the full name. */
	public static final String PERSON_JOINED = "indonesianPersonJoined";

	/** Old (Van Ophuijsen / Soewandi) spelling to the 1972 spelling, in this order. */
	static final String[][] SPELLING = { { "oe", "u" }, { "dj", "j" }, { "tj", "c" }, { "ch", "kh" }, { "j", "y" } };

	/** Written-out forms of common abbreviations and variants, matched on words already in the new spelling. */
	static final String[][] ABBREVIATIONS = {
			{ "moh|mohd|mhd|muh|mokh|mohamad|mohammad|mohamed|mohammed|muhamad|muhammed|mukhamad|mukhammad|mokhamad|mokhammad",
					"muhammad" },
			{ "akhmad|akhmat|ahmat", "ahmad" }, { "st|sitti", "siti" }, { "abd|abdl", "abdul" } };

	/** Titles that are not part of the name: H. (haji), Hj. (hajah), in old spelling too. */
	static final String TITLES = "(?i)(?<!\\p{L})(h|hj|haji|hadji|hajah|hadjah|hajjah)(?!\\p{L})\\.?";

	private static final String NOT_LETTERS = "[^\\p{L}]+";

	private static final Analyzer PERSON_ANALYZER = build(Shape.WORDS);
	private static final Analyzer PREFIX_ANALYZER = build(Shape.PREFIXES);
	private static final Analyzer PAIRS_ANALYZER = build(Shape.PAIRS);
	private static final Analyzer JOINED_ANALYZER = build(Shape.JOINED);

	private enum Shape { WORDS, PREFIXES, PAIRS, JOINED }

	private IndonesianNameAnalyzers() {
	}

	public static Analyzer person() {
		return PERSON_ANALYZER;
	}

	public static Analyzer personPrefix() {
		return PREFIX_ANALYZER;
	}

	public static Analyzer personPairs() {
		return PAIRS_ANALYZER;
	}

	public static Analyzer personJoined() {
		return JOINED_ANALYZER;
	}

	/** The normalized words of a name or query: "Moh. Soekarno" → [muhammad, sukarno]. */
	public static List<String> words(String text) {
		return tokens(PERSON_ANALYZER, text);
	}

	/** The whole normalized name without spaces: "Nur Hayati" and "Nurhayati" → nurhayati. */
	public static String joined(String text) {
		List<String> tokens = tokens(JOINED_ANALYZER, text);
		return tokens.isEmpty() ? "" : tokens.get(0);
	}

	public static List<String> tokens(Analyzer analyzer, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("name", text == null ? "" : text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (term.length() > 0) {
					tokens.add(term.toString());
				}
			}
			stream.end();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return tokens;
	}

	private static Analyzer build(Shape shape) {
		try {
			var builder = CustomAnalyzer.builder()
				.addCharFilter(PatternReplaceCharFilterFactory.class, "pattern", TITLES, "replacement", " ");
			if (shape == Shape.JOINED) {
				builder.withTokenizer(KeywordTokenizerFactory.class)
					.addTokenFilter(LowerCaseFilterFactory.class)
					.addTokenFilter(ASCIIFoldingFilterFactory.class)
					.addTokenFilter(PatternReplaceFilterFactory.class, "pattern", NOT_LETTERS, "replacement", " ",
							"replace", "all");
			} else {
				builder.withTokenizer(PatternTokenizerFactory.class, "pattern", NOT_LETTERS, "group", "-1")
					.addTokenFilter(LowerCaseFilterFactory.class)
					.addTokenFilter(ASCIIFoldingFilterFactory.class);
			}
			for (String[] rule : SPELLING) {
				builder.addTokenFilter(PatternReplaceFilterFactory.class, "pattern", rule[0], "replacement", rule[1],
						"replace", "all");
			}
			for (String[] rule : ABBREVIATIONS) {
				String pattern = shape == Shape.JOINED ? "\\b(?:" + rule[0] + ")\\b" : "^(?:" + rule[0] + ")$";
				builder.addTokenFilter(PatternReplaceFilterFactory.class, "pattern", pattern, "replacement", rule[1],
						"replace", "all");
			}
			switch (shape) {
				case JOINED -> builder.addTokenFilter(PatternReplaceFilterFactory.class, "pattern", NOT_LETTERS,
						"replacement", "", "replace", "all");
				case PREFIXES -> builder.addTokenFilter(EdgeNGramFilterFactory.class, "minGramSize", "2",
						"maxGramSize", "20", "preserveOriginal", "true");
				case PAIRS -> builder.addTokenFilter(ShingleFilterFactory.class, "minShingleSize", "2",
						"maxShingleSize", "2", "outputUnigrams", "false", "tokenSeparator", "");
				case WORDS -> {
				}
			}
			return builder.build();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
