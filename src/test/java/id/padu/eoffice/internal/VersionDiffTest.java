package id.padu.eoffice.internal;

import id.padu.eoffice.internal.VersionDiff.Change;
import id.padu.eoffice.internal.VersionDiff.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VersionDiffTest {

	@Test
	void showsTheWordsRemovedAndAddedBetweenUnchangedText() {
		assertThat(VersionDiff.ofHtml("<p>Rapat diadakan hari <b>Senin</b> pukul 09.00 WIB.</p>",
				"<p>Rapat diadakan hari Selasa pukul 10.00 WIB di aula.</p>")).containsExactly(
						new Change(Kind.SAME, "Rapat diadakan hari"), new Change(Kind.REMOVED, "Senin"),
						new Change(Kind.ADDED, "Selasa"), new Change(Kind.SAME, "pukul"),
						new Change(Kind.REMOVED, "09.00 WIB."), new Change(Kind.ADDED, "10.00 WIB di aula."));
	}

	@Test
	void markupAloneIsNoChangeAndAFirstVersionIsAllAdded() {
		assertThat(VersionDiff.ofHtml("<p>Mohon hadir.</p>", "<p><i>Mohon</i> hadir.</p>"))
			.containsExactly(new Change(Kind.SAME, "Mohon hadir."));
		assertThat(VersionDiff.ofHtml(null, "<p>Mohon hadir.</p>")).containsExactly(new Change(Kind.ADDED, "Mohon hadir."));
	}

	@Test
	void aHugeRewriteIsShownAsReplacedWithoutComparingEveryWord() {
		String before = "kata ".repeat(3000);
		String after = "lain ".repeat(3000);
		assertThat(VersionDiff.ofHtml(before, after)).extracting(Change::kind).containsExactly(Kind.REMOVED, Kind.ADDED);
	}
}
