package id.padu.registry.internal;

import id.padu.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who decides a change request, and when a waiting one is overdue. */
class CorrectionPolicyTest {

	static final List<String> CHAIN = List.of("kasi-identitas-disdukcapil", "kabid-pdp-disdukcapil", "kepala-disdukcapil",
			"sekda", "walikota");

	@Test
	void aHeadInTheChainOfCommandWhoDidNotAskDecides() {
		CorrectionApprovalPolicy.checkDecider(true, "kadis", "petugas", List.of("kepala-disdukcapil"), CHAIN);
		assertThat(CorrectionApprovalPolicy.mayDecide(true, "plt", "petugas", List.of("x", "kabid-pdp-disdukcapil"), CHAIN))
			.isTrue();
	}

	@Test
	void othersDoNot() {
		assertThatThrownBy(() -> CorrectionApprovalPolicy.checkDecider(false, "kadis", "petugas",
				List.of("kepala-disdukcapil"), CHAIN)).isInstanceOf(BusinessRuleViolation.class)
			.hasMessage("registry.correction.notHead");
		assertThatThrownBy(() -> CorrectionApprovalPolicy.checkDecider(true, "kadis", "kadis",
				List.of("kepala-disdukcapil"), CHAIN)).hasMessage("registry.correction.fourEyes");
		assertThatThrownBy(() -> CorrectionApprovalPolicy.checkDecider(true, "kadinkes", "petugas",
				List.of("kepala-dinkes"), CHAIN)).hasMessage("registry.correction.notInChain");
		assertThatThrownBy(() -> CorrectionApprovalPolicy.checkDecider(true, "kosong", "petugas", List.of(), CHAIN))
			.hasMessage("registry.correction.notInChain");
		assertThatThrownBy(() -> CorrectionApprovalPolicy.checkWithdrawal("kadis", "petugas"))
			.hasMessage("registry.correction.withdraw.notRequester");
	}

	@Test
	void overdueAfterThreeWorkingDaysWeekendsNotCounted() {
		LocalDate monday = LocalDate.of(2026, 11, 23);
		assertThat(CorrectionWorkQueue.deadline(monday)).isEqualTo(LocalDate.of(2026, 11, 26));
		assertThat(CorrectionWorkQueue.isOverdue(monday, LocalDate.of(2026, 11, 26))).isFalse();
		assertThat(CorrectionWorkQueue.isOverdue(monday, LocalDate.of(2026, 11, 27))).isTrue();
		LocalDate thursday = LocalDate.of(2026, 11, 26);
		assertThat(CorrectionWorkQueue.deadline(thursday)).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(CorrectionWorkQueue.isOverdue(thursday, LocalDate.of(2026, 11, 30))).isFalse();
		LocalDate saturday = LocalDate.of(2026, 11, 28);
		assertThat(CorrectionWorkQueue.deadline(saturday)).isEqualTo(LocalDate.of(2026, 12, 2));
	}
}
