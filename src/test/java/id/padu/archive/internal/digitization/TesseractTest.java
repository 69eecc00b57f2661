package id.padu.archive.internal.digitization;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When tesseract can be used, and how a page's TSV becomes its confidence. Needs tesseract-ocr-ind installed. */
class TesseractTest {

	@Test
	void theInstalledTesseractKnowsIndonesian() {
		assertThat(new Tesseract("tesseract", Duration.ofSeconds(30)).unavailableReason()).isNull();
	}

	@Test
	void aMissingProgramOrAMissingLanguageMakesOcrUnavailable(@TempDir Path dir) throws IOException {
		Tesseract missing = new Tesseract(dir.resolve("no-such-tesseract").toString(), Duration.ofSeconds(30));
		assertThat(missing.unavailableReason()).contains("cannot start");
		assertThatThrownBy(() -> missing.read(dir.resolve("page.png"), dir.resolve("out")))
			.isInstanceOf(Tesseract.UnavailableException.class);

		Path englishOnly = dir.resolve("tesseract-eng");
		Files.writeString(englishOnly, "#!/bin/sh\necho 'List of available languages (2):'\necho eng\necho osd\n");
		Files.setPosixFilePermissions(englishOnly, PosixFilePermissions.fromString("rwx------"));
		assertThat(new Tesseract(englishOnly.toString(), Duration.ofSeconds(30)).unavailableReason())
			.contains("tesseract-ocr-ind");
	}

	@Test
	void aPageIsUnreadableWithoutWordsOrBelowTheConfidenceThreshold() {
		OcrEngine engine = new OcrEngine(new Tesseract("tesseract", Duration.ofSeconds(30)), 60);
		String header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";
		List<String> good = List.of(header, "1\t1\t0\t0\t0\t0\t0\t0\t2000\t400\t-1\t",
				"5\t1\t1\t1\t1\t1\t120\t100\t200\t50\t96.5\tSurat", "5\t1\t1\t1\t1\t2\t340\t100\t200\t50\t91.5\tdinas",
				"5\t1\t1\t1\t1\t3\t560\t100\t20\t50\t10\t ");
		OcrEngine.Page page = engine.page("abc", 1, good);
		assertThat(page.words()).isEqualTo(2);
		assertThat(page.confidence()).isEqualTo(94.0);
		assertThat(page.unreadable()).isFalse();
		assertThat(engine.page("abc", 2, List.of(header, "5\t1\t1\t1\t1\t1\t0\t0\t9\t9\t31\t~,"))).satisfies(p -> {
			assertThat(p.confidence()).isEqualTo(31.0);
			assertThat(p.unreadable()).isTrue();
		});
		assertThat(engine.page("abc", 3, List.of(header)).unreadable()).isTrue();
	}
}
