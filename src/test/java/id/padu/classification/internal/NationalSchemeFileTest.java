package id.padu.classification.internal;

import id.padu.classification.Classification;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The national scheme file is a consistent tree: what the seeder gives every pemda must hold together. */
class NationalSchemeFileTest {

	final List<Classification> codes = NationalClassificationScheme.read().stream()
		.map(ClassificationCode::toClassification).toList();

	@Test
	void everyCodeIsWellFormedNamedAndUnique() {
		Set<String> seen = new HashSet<>();
		for (Classification c : codes) {
			assertThat(c.code()).as(c.code()).matches("\\d{3}(\\.\\d+)*");
			assertThat(c.name()).as(c.code()).isNotBlank();
			assertThat(seen.add(c.code())).as("duplicate %s", c.code()).isTrue();
		}
	}

	@Test
	void everyParentIsInTheFile() {
		Set<String> all = new HashSet<>(codes.stream().map(Classification::code).toList());
		for (Classification c : codes) {
			if (c.parentCode() != null) {
				assertThat(all).as("parent of %s", c.code()).contains(c.parentCode());
			}
		}
	}

	@Test
	void holdsTheTenMainCodesAndTheSecondLevelOfEach() {
		assertThat(codes.stream().filter(c -> c.level() == 1).map(Classification::code))
			.containsExactly("000", "100", "200", "300", "400", "500", "600", "700", "800", "900");
		for (String main : List.of("000", "100", "200", "300", "400", "500", "600", "700", "800", "900")) {
			assertThat(codes).as("second level of %s", main).anyMatch(c -> main.equals(c.parentCode()));
		}
		assertThat(codes).extracting(Classification::code)
			.contains("000.1.1", "400.12.2.1", "800.1.11.1", "900.1.3", "400.3.13", "500.18");
	}
}
