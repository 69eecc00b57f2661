package id.padu.archive.internal.filing;

import id.padu.classification.SecurityClass;
import id.padu.eoffice.IncomingLetterClosed;
import id.padu.eoffice.IncomingLetterClosed.DispositionRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DispositionSheetTest {

	@Test
	void theSheetListsTheLetterAndEveryDispositionAsWellFormedXhtml() {
		DispositionRecord head = new DispositionRecord(UUID.randomUUID(), null, "kepala-disdukcapil",
				"Drs. Djoko Susilo", null, "kabid-capil-disdukcapil", List.of("Tindak lanjuti"), "Data <penting> & segera",
				LocalDate.of(2024, 3, 20), Instant.parse("2024-03-14T02:00:00Z"), null,
				Instant.parse("2024-03-18T09:30:00Z"), "Sudah dikirim", "Sri Wahyuni", "PLT", List.of());
		IncomingLetterClosed letter = new IncomingLetterClosed("kota-tangerang", UUID.randomUUID(),
				"0007/DISDUKCAPIL/2024", "Permintaan data", "Kemendagri", "470/12", LocalDate.of(2024, 3, 12), "400.12",
				SecurityClass.BIASA, Instant.parse("2024-03-18T09:30:00Z"), null, List.of(head));

		String sheet = DispositionSheet.xhtml(letter);

		assertThat(sheet).contains("0007/DISDUKCAPIL/2024", "Disposisi 1", "Tindak lanjuti", "20 Maret 2024",
				"18 Maret 2024 16:30 WIB", "Plt. Sri Wahyuni", "Data &lt;penting&gt; &amp; segera");
		assertThat(sheet).doesNotContain("<penting>").doesNotContain("Dibaca");
	}
}
