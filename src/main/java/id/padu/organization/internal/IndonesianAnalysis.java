package id.padu.organization.internal;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Analyzer for Indonesian personal and agency names. Names registered before the 1972 spelling reform
 * keep the old spelling ("Wahjoe", "Djoko", "Tjahjono"), and people search with the new one, so both
 * sides are normalized: oe→u, dj→j, tj→c, ch→kh, then j→y (which also covers nj→ny and sj→sy).
 * "Wahjoe" and "Wahyu" become the same token.
 */
@Component
class IndonesianAnalysis implements LuceneAnalysisConfigurer, HibernatePropertiesCustomizer {

	static final String NAME = "indonesianName";

	private static final String CONFIGURER = "hibernate.search.backend.analysis.configurer";

	private static final String[][] SPELLING = { { "oe", "u" }, { "dj", "j" }, { "tj", "c" }, { "ch", "kh" },
			{ "j", "y" } };

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		var analyzer = context.analyzer(NAME).custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		for (String[] rule : SPELLING) {
			analyzer.tokenFilter(PatternReplaceFilterFactory.class)
				.param("pattern", rule[0])
				.param("replacement", rule[1])
				.param("replace", "all");
		}
	}

	@Override
	public void customize(Map<String, Object> properties) {
		// Other modules may register configurers too: keep theirs and add ours.
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
