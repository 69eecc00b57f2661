package id.padu.registry.search;

import id.padu.shared.search.IndonesianNameAnalyzers;
import org.junit.jupiter.api.Test;

import static id.padu.shared.search.IndonesianNameAnalyzers.joined;
import static id.padu.shared.search.IndonesianNameAnalyzers.tokens;
import static id.padu.shared.search.IndonesianNameAnalyzers.words;
import static org.assertj.core.api.Assertions.assertThat;

/** The name analyzers: every way of writing a name ends up as the same tokens. */
class IndonesianNameAnalyzersTest {

	@Test
	void oldSpellingBecomesTheNewSpelling() {
		assertThat(words("Soekarno")).isEqualTo(words("Sukarno")).containsExactly("sukarno");
		assertThat(words("Djoko")).isEqualTo(words("Joko"));
		assertThat(words("Tjahjo")).isEqualTo(words("Cahyo")).containsExactly("cahyo");
		assertThat(words("Wahjoe")).isEqualTo(words("Wahyu")).containsExactly("wahyu");
		assertThat(words("Njoman Sjarif")).isEqualTo(words("Nyoman Syarif"));
		assertThat(words("Noerdjanah")).isEqualTo(words("Nurjanah"));
		assertThat(words("Joesoef")).isEqualTo(words("Yusuf"));
	}

	@Test
	void abbreviationsAreWrittenOutAndTitlesDropped() {
		for (String variant : new String[] { "Moh.", "Moh", "Mochammad", "Muhamad", "Mohammad", "Mohamad", "MUHAMMAD" }) {
			assertThat(words(variant + " Rizky")).as(variant).containsExactly("muhammad", "rizky");
		}
		assertThat(words("St. Aminah")).containsExactly("siti", "aminah");
		assertThat(words("Abd. Rahman")).containsExactly("abdul", "rahman");
		assertThat(words("Achmad")).isEqualTo(words("Ahmad"));
		assertThat(words("H. Rojali")).isEqualTo(words("Rojali")).hasSize(1);
		assertThat(words("Hj. Saodah")).containsExactly("saodah");
		assertThat(words("Hadji Mursid")).containsExactly("mursid");
		// Inside a word an abbreviation or title stays as it is.
		assertThat(words("Stefanus Hidayat")).containsExactly("stefanus", "hidayat");
	}

	@Test
	void caseAccentsAndPunctuationDoNotMatter() {
		assertThat(words("  SITI   rahmawati ")).containsExactly("siti", "rahmawati");
		assertThat(words("Zaïnal Al-Habsyi")).containsExactly("zainal", "al", "habsyi");
	}

	@Test
	void theJoinedFormIgnoresSpaces() {
		assertThat(joined("Nur Hayati")).isEqualTo(joined("Nurhayati")).isEqualTo("nurhayati");
		assertThat(joined("Moh. Zainal Arifin")).isEqualTo(joined("Muhammad Zainalarifin")).isEqualTo("muhammadzainalarifin");
		assertThat(joined("H. Soekarno")).isEqualTo("sukarno");
	}

	@Test
	void prefixesAndPairsForTypingAndSpacing() {
		assertThat(tokens(IndonesianNameAnalyzers.personPrefix(), "Siti")).containsExactly("si", "sit", "siti");
		assertThat(tokens(IndonesianNameAnalyzers.personPairs(), "Siti Nur Hayati")).containsExactly("sitinur", "nurhayati");
		assertThat(tokens(IndonesianNameAnalyzers.personPairs(), "Nurhayati")).isEmpty();
	}
}
