package id.padu.audit.internal;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalFormTest {

	record Letter(String subject, long number) {
	}

	@Test
	void equalStatesEncodeEquallyWhateverTheIterationOrder() {
		Map<String, Object> a = new LinkedHashMap<>();
		a.put("b", Set.of("x", "y", "z"));
		a.put("a", 1L);
		Map<String, Object> b = new LinkedHashMap<>();
		b.put("a", 1L);
		b.put("b", Set.of("z", "y", "x"));
		assertThat(CanonicalForm.encode(a)).isEqualTo(CanonicalForm.encode(b));
	}

	@Test
	void encodingIsUnambiguous() {
		// Without length prefixes these pairs would concatenate to the same text.
		assertThat(CanonicalForm.encode(List.of("ab", "c"))).isNotEqualTo(CanonicalForm.encode(List.of("a", "bc")));
		assertThat(CanonicalForm.encode(null)).isNotEqualTo(CanonicalForm.encode("null"));
		assertThat(CanonicalForm.encode(1L)).isNotEqualTo(CanonicalForm.encode("1"));
		assertThat(CanonicalForm.encode(List.of("x", "y"))).isNotEqualTo(CanonicalForm.encode(List.of("y", "x")));
	}

	@Test
	void recordsAreEncodedByTheirComponents() {
		assertThat(CanonicalForm.encode(new Letter("Undangan", 7)))
			.isEqualTo(CanonicalForm.encode(Map.of("number", 7L, "subject", "Undangan")));
		assertThat(CanonicalForm.encode(UUID.fromString("00000000-0000-7000-8000-000000000001")))
			.contains("00000000-0000-7000-8000-000000000001");
		assertThat(CanonicalForm.encode(Instant.parse("2026-11-23T01:02:03Z"))).isEqualTo("t20:2026-11-23T01:02:03Z");
	}

	@Test
	void entryHashCoversEveryField() {
		Instant at = Instant.parse("2026-11-23T01:02:03.123456Z");
		String base = ChainEntry.hash("kota-tangerang", 1, at, "admin", "UPDATE", "Account", "id-1", "d", ChainEntry.GENESIS);
		assertThat(base).hasSize(64).isEqualTo(
				ChainEntry.hash("kota-tangerang", 1, at, "admin", "UPDATE", "Account", "id-1", "d", ChainEntry.GENESIS));
		assertThat(ChainEntry.hash("kota-tangerang", 2, at, "admin", "UPDATE", "Account", "id-1", "d", ChainEntry.GENESIS)).isNotEqualTo(base);
		assertThat(ChainEntry.hash("kota-tangerang", 1, at.plusNanos(1000), "admin", "UPDATE", "Account", "id-1", "d", ChainEntry.GENESIS)).isNotEqualTo(base);
		assertThat(ChainEntry.hash("kota-tangerang", 1, at, "admin2", "UPDATE", "Account", "id-1", "d", ChainEntry.GENESIS)).isNotEqualTo(base);
		assertThat(ChainEntry.hash("kota-tangerang", 1, at, "admin", "UPDATE", "Account", "id-1", null, ChainEntry.GENESIS)).isNotEqualTo(base);
		assertThat(ChainEntry.hash("kota-tangerang-selatan", 1, at, "admin", "UPDATE", "Account", "id-1", "d", ChainEntry.GENESIS)).isNotEqualTo(base);
	}

	@Test
	void entitiesAreRefused() {
		var tenant = new id.padu.tenancy.internal.TenantEntity(id.padu.shared.TenantId.of("kota-uji"), "Kota Uji", "Uji",
				id.padu.shared.KodeWilayah.of("36.71"), Set.of());
		assertThatThrownBy(() -> CanonicalForm.encode(tenant)).isInstanceOf(IllegalArgumentException.class);
	}
}
