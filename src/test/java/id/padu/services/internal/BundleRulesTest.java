package id.padu.services.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of bundle validation that need no database: expressions, number formats, the YAML manifest. */
class BundleRulesTest {

	@Test
	void expressionsMayOnlyCompareNamesAndValues() {
		assertThat(ExpressionRules.isSafe("decision == 'approve'")).isTrue();
		assertThat(ExpressionRules.isSafe(" umur >= 17 && (jalur != \"afirmasi\" || !lulus) ")).isTrue();
		assertThat(ExpressionRules.isSafe("opd")).isTrue();
		assertThat(ExpressionRules.isSafe("decision.getClass()")).isFalse();
		assertThat(ExpressionRules.isSafe("execution.variables")).isFalse();
		assertThat(ExpressionRules.isSafe("x[0]")).isFalse();
		assertThat(ExpressionRules.isSafe("variables:get(x)")).isFalse();
		assertThat(ExpressionRules.isSafe("Runtime (x)")).isFalse();
		assertThat(ExpressionRules.isSafe(" ")).isFalse();
		assertThat(ExpressionRules.forbidden("<a b=\"${decision == 'x'}\"/><c>#{bean.run()}</c>")).containsExactly("#{bean.run()}");
		assertThat(ExpressionRules.bareName("${registryMove}")).contains("registryMove");
		assertThat(ExpressionRules.bareName("${a == b}")).isEmpty();
	}

	@Test
	void onlyTheFormValuesAnExpressionMentionsBecomeProcessVariables() {
		byte[] bpmn = """
				<sequenceFlow id="a"><conditionExpression>${jenisPindah == 'ANTAR_KOTA' && decision == 'approve'}</conditionExpression></sequenceFlow>
				<serviceTask id="b" flowable:delegateExpression="${registryMove}"/>
				<userTask id="c" flowable:candidateGroups="${opd}"/>""".getBytes(StandardCharsets.UTF_8);
		ServiceBundle bundle = ServiceBundle.of(null, new byte[0], bpmn, null);

		assertThat(bundle.expressionNames()).contains("jenisPindah", "decision", "registryMove", "opd");
		assertThat(bundle.processVariables(Map.of("jenisPindah", "ANTAR_KOTA", "alamatTujuan", "Jl. Merdeka 1",
				"alasan", "Pekerjaan"))).containsExactly(Map.entry("jenisPindah", "ANTAR_KOTA"));
	}

	@Test
	void documentNumbersFollowTheFormat() {
		LocalDate date = LocalDate.of(2026, 12, 3);
		assertThat(DocumentNumberFormat.format("470/{seq:4}/DISDUKCAPIL/{monthRoman}/{year}", 12, date))
			.isEqualTo("470/0012/DISDUKCAPIL/XII/2026");
		assertThat(DocumentNumberFormat.format("{year}.{month}-{seq:2}", 7, date)).isEqualTo("2026.12-07");
		assertThat(DocumentNumberFormat.check("470/{seq:4}/{year}")).isEmpty();
		assertThat(DocumentNumberFormat.check("470/{year}")).isPresent();
		assertThat(DocumentNumberFormat.check("<b>{seq:3}</b>")).isPresent();
	}

	@Test
	void trackingNumbersAreReadableAndTypedLoosely() {
		String number = new TrackingNumbers().next();
		assertThat(number).matches(TrackingNumbers.FORMAT.pattern()).doesNotContain("0").doesNotContain("O")
			.doesNotContain("1").doesNotContain("I").doesNotContain("L");
		assertThat(TrackingNumbers.normalize(" k7qm 4t9d-xw2p ")).isEqualTo("K7QM-4T9D-XW2P");
	}

	@Test
	void aManifestIsReadWithEveryProblemReported() {
		List<BundleProblem> problems = new ArrayList<>();
		ServiceManifest manifest = ManifestParser.parse("""
				code: Surat Pindah
				version: 0
				name: Surat
				opd: disdukcapil
				sla: { workingDays: 3, steps: { cek: 1 } }
				fee: { type: percent }
				form:
				  - { name: nama, label: Nama, type: text, source: registry, attribute: applicant.umur }
				  - { name: nama, label: Lagi, type: text }
				  - { name: decision, label: X, type: select }
				""".getBytes(StandardCharsets.UTF_8), problems);
		assertThat(problems).extracting(BundleProblem::messageKey).contains("services.bundle.problem.code",
				"services.bundle.problem.integer", "services.bundle.problem.feeType", "services.bundle.problem.attribute",
				"services.bundle.problem.fieldDuplicate", "services.bundle.problem.fieldName",
				"services.bundle.problem.options");
		assertThat(manifest).isNull();

		problems.clear();
		ServiceManifest good = ManifestParser.parse("""
				code: layanan-uji
				version: 2
				name: { id: Layanan uji, en: Test service }
				opd: disdukcapil
				sla: { workingDays: 5, steps: { periksa: 2 } }
				fee: { type: fixed, amount: 25000, revenueAccount: "4.1.2 Retribusi" }
				form:
				  - { name: nama, label: Nama, type: text, source: registry, attribute: applicant.name }
				""".getBytes(StandardCharsets.UTF_8), problems);
		assertThat(problems).isEmpty();
		assertThat(good.slaOf("periksa")).isEqualTo(2);
		assertThat(good.slaOf("lain")).isEqualTo(5);
		assertThat(good.fee().charges()).isTrue();
		assertThat(good.fields().get(0).source()).isEqualTo("registry");
	}
}
