package id.padu.shared.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The analyzers every module's search index uses for Indonesian names. Names registered before the 1972
 * spelling reform keep the old spelling ("Wahjoe", "Djoko", "Tjahjono"), and people search with the new
 * one, so both sides are normalized: oe→u, dj→j, tj→c, ch→kh, then j→y (which also covers nj→ny and
 * sj→sy). "Wahjoe" and "Wahyu" become the same token.
 * <ul>
 * <li>{@link #NAME}: agency and staff names, word by word.</li>
 * <li>The {@code indonesianPerson*} analyzers ({@link IndonesianNameAnalyzers}): names of people, with
 * abbreviations (Moh., St., Abd.) expanded and titles (H., Hj.) dropped, as words, as word prefixes, as
 * pairs of words written together, and as the whole name without spaces.</li>
 * <li>{@link #TEXT}: running Indonesian text (archive titles, descriptions, OCR text), lower case, without
 * accents and stemmed (derivational prefixes and suffixes removed: "perizinan" and "izin" meet).</li>
 * </ul>
 * Lives in the shared kernel so that modules do not depend on each other for it; it is registered once,
 * next to any configurer another part of the application adds.
 */
@Component
public class IndonesianAnalysis implements LuceneAnalysisConfigurer, HibernatePropertiesCustomizer {

	public static final String NAME = "indonesianName";

	public static final String TEXT = "indonesianText";

	private static final String CONFIGURER = "hibernate.search.backend.analysis.configurer";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		var analyzer = context.analyzer(NAME).custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		for (String[] rule : IndonesianNameAnalyzers.SPELLING) {
			analyzer.tokenFilter(PatternReplaceFilterFactory.class)
				.param("pattern", rule[0])
				.param("replacement", rule[1])
				.param("replace", "all");
		}
		context.analyzer(TEXT).instance(text());
		context.analyzer(IndonesianNameAnalyzers.PERSON).instance(IndonesianNameAnalyzers.person());
		context.analyzer(IndonesianNameAnalyzers.PERSON_PREFIX).instance(IndonesianNameAnalyzers.personPrefix());
		context.analyzer(IndonesianNameAnalyzers.PERSON_PAIRS).instance(IndonesianNameAnalyzers.personPairs());
		context.analyzer(IndonesianNameAnalyzers.PERSON_JOINED).instance(IndonesianNameAnalyzers.personJoined());
	}

	/**
	 * A new instance of the {@link #TEXT} analyzer, for code that must cut text into the words the index holds
	 * (the archive's search snippets mark what the index matched). Thread-safe; keep one.
	 */
	public static Analyzer text() {
		try {
			return CustomAnalyzer.builder()
				.withTokenizer(StandardTokenizerFactory.class)
				.addTokenFilter(LowerCaseFilterFactory.class)
				.addTokenFilter(ASCIIFoldingFilterFactory.class)
				.addTokenFilter(IndonesianStemFilterFactory.class)
				.build();
		}
		catch (IOException e) {
			throw new UncheckedIOException("building the Indonesian text analyzer", e);
		}
	}

	@Override
	public void customize(Map<String, Object> properties) {
		// Other parts may register configurers too: keep theirs and add ours.
		Object existing = properties.get(CONFIGURER);
		List<Object> configurers = new ArrayList<>();
		if (existing instanceof Collection<?> several) {
			configurers.addAll(several);
		} else if (existing != null) {
			configurers.add(existing);
		}
		configurers.add(this);
		properties.put(CONFIGURER, configurers);
	}
}
