package id.padu.archive.internal.lifecycle;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The default JRA file: every main code, each line honest about being a default. */
class JraDefaultsTest {

	@Test
	void coversEveryMainCodeAndSaysItIsADefault() {
		List<JraDefaults.Line> lines = JraDefaults.read();
		assertThat(lines).extracting(JraDefaults.Line::code)
			.contains("000", "100", "200", "300", "400", "500", "600", "700", "800", "900").doesNotHaveDuplicates();
		assertThat(lines).allSatisfy(l -> assertThat(l.note()).contains("sesuaikan dengan Perkada JRA"));
	}
}
