package id.padu.classification;

import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import id.padu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every pemda starts with the national scheme; each reads only its own. */
@PaduIntegrationTest
class ClassificationSchemeIT {

	static final TenantId TANGERANG = new TenantId("kota-tangerang");
	static final TenantId TANGSEL = new TenantId("kota-tangerang-selatan");

	@Autowired
	ClassificationScheme scheme;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyPemdaStartsWithTheTenMainCodesOfPermendagri83Of2022() {
		for (TenantId tenant : new TenantId[] { TANGERANG, TANGSEL }) {
			assertThat(TenantContext.callAs(tenant, () -> scheme.children(null)))
				.extracting(Classification::code)
				.containsExactly("000", "100", "200", "300", "400", "500", "600", "700", "800", "900");
		}
		Classification umum = TenantContext.callAs(TANGERANG, () -> scheme.requireActive("000"));
		assertThat(umum.name()).isEqualTo("Umum");
		assertThat(umum.level()).isEqualTo(1);
		assertThat(umum.parentCode()).isNull();
	}

	@Test
	void unknownAndBlankCodesAreRefusedWithAMessageKey() {
		assertThatThrownBy(() -> TenantContext.callAs(TANGERANG, () -> scheme.requireActive("999.9")))
			.isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("classification.code.unknown");
		assertThat(TenantContext.callAs(TANGERANG, () -> scheme.find(" "))).isEmpty();
	}

	@Test
	void searchFindsByCodePrefixAndByName() {
		assertThat(TenantContext.callAs(TANGERANG, () -> scheme.search("90", 5))).extracting(Classification::code)
			.startsWith("900");
		assertThat(TenantContext.callAs(TANGERANG, () -> scheme.search("kepegawaian", 5)))
			.extracting(Classification::code).contains("800");
	}

	@Test
	void aPemdasOwnCodeIsInvisibleToTheOther() {
		String code = "000." + (500 + new Random().nextInt(499));
		jdbc.sql("""
				insert into classification_code (id, tenant_id, version, code, sort_key, name, parent_code, active)
				values (?, 'kota-tangerang-selatan', 0, ?, ?, 'Khusus Tangsel', '000', true)
				""").params(UUID.randomUUID(), code, code).update();
		assertThat(TenantContext.callAs(TANGSEL, () -> scheme.find(code))).isPresent();
		assertThat(TenantContext.callAs(TANGERANG, () -> scheme.find(code))).isEmpty();
	}
}
