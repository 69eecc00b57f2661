package id.padu.archive.internal.custody.bagit;

import id.padu.shared.BusinessRuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BagNamesAndPathsTest {

	@ParameterizedTest
	@ValueSource(strings = { "../evil", "data/../../evil", "/etc/passwd", "C:/Windows/evil", "c:evil", "data\\evil",
			"data//evil", "./data/x", "data/./x", "data/x\n", "" })
	void unsafeEntryNamesAreRefused(String name) {
		assertThatThrownBy(() -> BagReader.checkedPath(Path.of("/tmp/bag"), name))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					e -> assertThat(e.messageKey()).isEqualTo("archive.custody.bagit.unsafePath"));
	}

	@Test
	void namesInsideTheBagAreKept() {
		assertThat(BagReader.checkedPath(Path.of("/tmp/bag"), "data/arsip-001/surat.pdf"))
			.isEqualTo(Path.of("/tmp/bag/data/arsip-001/surat.pdf"));
		assertThat(BagReader.checkedPath(Path.of("/tmp/bag"), "data/arsip-001/"))
			.isEqualTo(Path.of("/tmp/bag/data/arsip-001"));
	}

	@Test
	void exportNamesAreSafeAndUnique() {
		BagNames names = new BagNames();
		assertThat(names.unique("arsip-001", "../../Surat Keputusan (final).PDF", "x"))
			.isEqualTo("arsip-001/Surat-Keputusan-final.PDF");
		assertThat(names.unique("arsip-001", "Surat Keputusan (final).PDF", "x")).isEqualTo("arsip-001/Surat-Keputusan-final-2.PDF");
		assertThat(names.unique("arsip-001", "Šurat désa.pdf", "x")).isEqualTo("arsip-001/Surat-desa.pdf");
		assertThat(names.unique("arsip-001", "...", "original-abc")).isEqualTo("arsip-001/original-abc");
		assertThat(names.unique("arsip-001", null, "original-abc")).isEqualTo("arsip-001/original-abc-2");
	}
}
