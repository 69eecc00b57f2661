package id.padu.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrefixIndexedHandlerMappingTest {

	@Test
	void aPatternIsKeyedByItsLiteralSegmentsBeforeTheFirstVariable() {
		assertThat(PrefixIndexedHandlerMapping.literalStart("/api/v1/residents/{nik}")).isEqualTo("/api/v1/residents");
		assertThat(PrefixIndexedHandlerMapping.literalStart("/api/v1/residents/{nik}/access-log"))
			.isEqualTo("/api/v1/residents");
		assertThat(PrefixIndexedHandlerMapping.literalStart("/api/v{version}/x")).isEqualTo("/api");
		assertThat(PrefixIndexedHandlerMapping.literalStart("/docs/**")).isEqualTo("/docs");
		assertThat(PrefixIndexedHandlerMapping.literalStart("/docs/{*rest}")).isEqualTo("/docs");
		assertThat(PrefixIndexedHandlerMapping.literalStart("/img/logo-?.png")).isEqualTo("/img");
		assertThat(PrefixIndexedHandlerMapping.literalStart("/{tenant}")).isEmpty();
	}

	@Test
	void aLiteralPatternIsItsOwnKeyWithoutATrailingSlash() {
		assertThat(PrefixIndexedHandlerMapping.literalStart("/api/v1/services")).isEqualTo("/api/v1/services");
		assertThat(PrefixIndexedHandlerMapping.literalStart("/kantor/")).isEqualTo("/kantor");
		assertThat(PrefixIndexedHandlerMapping.literalStart("/")).isEmpty();
		assertThat(PrefixIndexedHandlerMapping.literalStart("")).isEmpty();
	}

	@Test
	void aPathLooksUnderEveryStartThatEndsBeforeASlashAndUnderItself() {
		assertThat(PrefixIndexedHandlerMapping.literalStarts("/api/v1/residents/3671014101900001"))
			.containsExactly("", "/api", "/api/v1", "/api/v1/residents", "/api/v1/residents/3671014101900001");
		assertThat(PrefixIndexedHandlerMapping.literalStarts("/docs")).containsExactly("", "/docs");
		assertThat(PrefixIndexedHandlerMapping.literalStarts("/kantor/")).containsExactly("", "/kantor", "/kantor/");
		assertThat(PrefixIndexedHandlerMapping.literalStarts("/")).containsExactly("", "/");
	}
}
