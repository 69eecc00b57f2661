package id.padu.archive.internal.search;

import id.padu.shared.search.IndonesianAnalysis;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTest {

	static final Snippets SNIPPETS = new Snippets(IndonesianAnalysis.text());

	static final String LETTER = """
			Dengan hormat, bersama ini kami sampaikan laporan kegiatan pelayanan administrasi kependudukan
			selama triwulan ketiga. Jumlah permohonan akta kelahiran meningkat dibanding triwulan sebelumnya.
			Untuk itu kami mohon dukungan anggaran tambahan bagi pengadaan blanko dan peralatan pencetakan.
			Adapun permohonan perizinan usaha mikro diteruskan kepada Dinas Penanaman Modal dan PTSP.
			""";

	static String marked(String query, String... parts) {
		return SNIPPETS.marked(SNIPPETS.words(query), 120, parts);
	}

	@Test
	void marksTheWordWhereTheIndexMatchedItEvenInAnotherForm() {
		// The index stems "perizinan" to "izin"; the snippet must mark what the search found.
		assertThat(marked("izin", LETTER)).contains("\u0001perizinan\u0002").doesNotStartWith("Dengan");
	}

	@Test
	void prefersThePassageHoldingMoreOfTheSearchedWords() {
		// "permohonan" is stemmed to "mohon", so "kami mohon dukungan anggaran" holds both words.
		assertThat(marked("permohonan anggaran", LETTER)).contains("\u0001mohon\u0002", "\u0001anggaran\u0002");
	}

	@Test
	void cutsAtWordBoundariesAndFlattensWhiteSpace() {
		String snippet = marked("blanko", LETTER);
		assertThat(snippet).startsWith("…").endsWith("…").doesNotContain("\n", "  ");
		String plain = snippet.replace("\u0001", "").replace("\u0002", "");
		assertThat(plain.substring(1, plain.length() - 1).strip()).matches("\\S.*\\S");
		assertThat(LETTER.replaceAll("\\s+", " ")).contains(plain.substring(1, plain.length() - 1));
	}

	@Test
	void fallsBackToTheDescriptionOrTitleWhenTheTextDoesNotHoldTheWord() {
		assertThat(marked("cendrawasih", LETTER, "Uraian singkat", "Laporan Cendrawasih"))
			.isEqualTo("Laporan \u0001Cendrawasih\u0002");
	}

	@Test
	void marksPrefixesAndNeverExcludedWords() {
		assertThat(marked("blank* -anggaran", LETTER))
			.contains("\u0001blanko\u0002")
			.doesNotContain("\u0001anggaran\u0002");
	}

	@Test
	void findsAWordDeepInALongScanAndMarksEveryOccurrenceInThePassage() {
		String scan = "halaman arsip lama ".repeat(20_000) + "Balai Warga Ragawawo dan Ragawawo lagi. " + LETTER;
		assertThat(marked("ragawawo", scan)).contains("\u0001Ragawawo\u0002 dan \u0001Ragawawo\u0002 lagi");
		assertThat(marked("ragawawo anggaran", scan)).contains("\u0001Ragawawo\u0002");
	}

	@Test
	void opensWithTheFirstPartThatHasTextCutAtAWord() {
		String opening = Snippets.opening(60, null, "  ", LETTER);
		assertThat(opening).startsWith("Dengan hormat,").endsWith("…").doesNotContain("\n", "\u0001");
		assertThat(LETTER.replaceAll("\\s+", " ")).contains(opening.substring(0, opening.length() - 1));
		assertThat(Snippets.opening(60, "Uraian singkat")).isEqualTo("Uraian singkat");
		assertThat(Snippets.opening(5, "Tanpaspasi")).isEqualTo("Tanpa…");
		assertThat(Snippets.opening(60, null, "")).isNull();
	}

	@Test
	void answersNothingWhenNoSearchedWordIsInTheRecord() {
		assertThat(marked("sertifikasi", LETTER, null, "Judul")).isNull();
		assertThat(marked(null, LETTER)).isNull();
		assertThat(marked("   ", LETTER)).isNull();
	}
}
