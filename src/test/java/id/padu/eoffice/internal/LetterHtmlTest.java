package id.padu.eoffice.internal;

import id.padu.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LetterHtmlTest {

	@Test
	void formattingSurvivesAndEverythingElseIsDropped() {
		String clean = LetterHtml.sanitize("<p onclick=\"x()\" style=\"color:red\">Dengan <b>hormat</b>,<br>"
				+ "<a href=\"javascript:alert(1)\">klik</a><img src=\"file:///etc/passwd\"></p><script>alert(1)</script>"
				+ "<ul><li>satu</li></ul><iframe src=\"http://evil\"></iframe>");
		assertThat(clean).isEqualTo("<p>Dengan <b>hormat</b>,<br />klik</p><ul><li>satu</li></ul>");
	}

	@Test
	void theResultIsWellFormedXhtmlForThePdfRenderer() {
		String clean = LetterHtml.sanitize("<p>A &amp; B &nbsp;<br><table><tr><td colspan=2 class=x>x");
		assertThat(clean).contains("<br />").contains("&amp;").contains("<td colspan=\"2\">").doesNotContain("&nbsp;")
			.doesNotContain("class");
	}

	@Test
	void aBodyWithoutTextIsRefused() {
		assertThatThrownBy(() -> LetterHtml.sanitize("<script>alert(1)</script><p> </p>"))
			.isInstanceOf(BusinessRuleViolation.class).hasMessage("eoffice.letter.body");
	}

	@Test
	void plainTextBecomesParagraphs() {
		assertThat(LetterHtml.sanitize(LetterHtml.fromPlainText("Satu <dua>\n\nTiga\nEmpat")))
			.isEqualTo("<p>Satu &lt;dua&gt;</p><p>Tiga<br />Empat</p>");
	}
}
