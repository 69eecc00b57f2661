package id.padu.services.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fee formulas in service.yml: per-unit amounts, minimums, and what the manifest check refuses. */
class FeeRulesTest {

	private static final String HEAD = """
			code: layanan-uji
			version: 1
			name: Layanan uji
			opd: dpmptsp
			sla: { workingDays: 5 }
			""";

	@Test
	void aPerUnitFeeIsTheUnitAmountTimesTheApplicantsNumberAtLeastTheMinimum() {
		FeeRule perM2 = FeeRule.perUnit(35_000, "luas", "m2", 0, "4.1.01.09.01 Pajak Reklame");
		assertThat(perM2.charges()).isTrue();
		assertThat(perM2.amountFor(Map.of("luas", "12"))).isEqualTo(420_000);
		assertThat(perM2.unitSymbol()).isEqualTo("m²");
		FeeRule withMinimum = FeeRule.perUnit(35_000, "luas", "m2", 100_000, "x");
		assertThat(withMinimum.amountFor(Map.of("luas", "2"))).isEqualTo(100_000);
		assertThat(withMinimum.amountFor(Map.of("luas", "3"))).isEqualTo(105_000);
		assertThat(FeeRule.fixed(50_000, "x").amountFor(Map.of())).isEqualTo(50_000);
		assertThatThrownBy(() -> perM2.amountFor(Map.of("luas", "dua belas"))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> FeeRule.perUnit(Long.MAX_VALUE / 2, "luas", "m2", 0, "x").amountFor(Map.of("luas", "3")))
			.isInstanceOf(ArithmeticException.class);
		assertThat(FeeRule.assessed("localtax.pbb").charges()).isTrue();
		assertThat(FeeRule.NONE.charges()).isFalse();
	}

	@Test
	void aPerUnitFeeIsReadFromTheManifestWithItsUnitField() {
		List<BundleProblem> problems = new ArrayList<>();
		ServiceManifest manifest = parse("""
				fee: { type: perUnit, unitAmount: 35000, unitField: luas, unit: m2, minimum: 70000, revenueAccount: "4.1 Pajak" }
				form:
				  - { name: luas, label: Luas, type: number, required: true, min: 1, max: 1000 }
				""", problems);
		assertThat(problems).isEmpty();
		assertThat(manifest.fee()).isEqualTo(FeeRule.perUnit(35_000, "luas", "m2", 70_000, "4.1 Pajak"));
	}

	@Test
	void aUnitFieldThatIsMissingNotANumberOptionalOrAllowsZeroIsRefused() {
		assertThat(keys("""
				fee: { type: perUnit, unitAmount: 35000, unitField: luas, unit: m2, revenueAccount: "4.1 Pajak" }
				form:
				  - { name: lebar, label: Lebar, type: number, required: true, min: 1 }
				""")).contains("services.fee.problem.unitFieldMissing");
		assertThat(keys("""
				fee: { type: perUnit, unitAmount: 35000, unitField: luas, unit: m2, revenueAccount: "4.1 Pajak" }
				form:
				  - { name: luas, label: Luas, type: text, required: true }
				""")).contains("services.fee.problem.unitFieldType");
		assertThat(keys("""
				fee: { type: perUnit, unitAmount: 35000, unitField: luas, unit: m2, revenueAccount: "4.1 Pajak" }
				form:
				  - { name: luas, label: Luas, type: number, min: 1 }
				""")).contains("services.fee.problem.unitFieldType");
		assertThat(keys("""
				fee: { type: perUnit, unitAmount: 35000, unitField: luas, unit: m2, revenueAccount: "4.1 Pajak" }
				form:
				  - { name: luas, label: Luas, type: number, required: true, min: 0 }
				""")).contains("services.fee.problem.unitFieldMin");
		assertThat(keys("""
				fee: { type: perUnit, unitAmount: 0, unit: m2 }
				""")).contains("services.bundle.problem.amount", "services.bundle.problem.required");
	}

	@Test
	void anAssessedFeeNamesItsAssessmentAndUnknownKindsAreRefused() {
		List<BundleProblem> problems = new ArrayList<>();
		ServiceManifest manifest = parse("fee: { type: assessed, by: localtax.pbb }\n", problems);
		assertThat(problems).isEmpty();
		assertThat(manifest.fee().assessedBy()).isEqualTo("localtax.pbb");
		assertThat(keys("fee: { type: assessed, by: 'Runtime()' }\n")).contains("services.fee.problem.assessorName");
		assertThat(keys("fee: { type: assessed }\n")).contains("services.bundle.problem.required");
		assertThat(keys("fee: { type: percent }\n")).contains("services.bundle.problem.feeType");
	}

	private static List<String> keys(String tail) {
		List<BundleProblem> problems = new ArrayList<>();
		parse(tail, problems);
		return problems.stream().map(BundleProblem::messageKey).toList();
	}

	private static ServiceManifest parse(String tail, List<BundleProblem> problems) {
		return ManifestParser.parse((HEAD + tail).getBytes(StandardCharsets.UTF_8), problems);
	}
}
