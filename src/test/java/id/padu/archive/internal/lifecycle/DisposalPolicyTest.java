package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.ArchiveStage;
import id.padu.archive.internal.FinalAction;
import id.padu.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which step a berkas is due for, and which proposal it may be in. */
class DisposalPolicyTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
	static final LocalDate ACTIVE_UNTIL = LocalDate.of(2022, 12, 31);

	@Test
	void anActiveBerkasPastItsActivePeriodGoesToTheRecordsCentre() {
		assertThat(DueStep.of(ArchiveStage.AKTIF, ACTIVE_UNTIL, LocalDate.of(2030, 12, 31), FinalAction.MUSNAH, TODAY))
			.contains(DueStep.TRANSFER_INAKTIF);
		assertThat(DueStep.of(ArchiveStage.INAKTIF, ACTIVE_UNTIL, LocalDate.of(2030, 12, 31), FinalAction.MUSNAH, TODAY))
			.isEmpty();
		assertThat(DueStep.of(ArchiveStage.AKTIF, TODAY.plusDays(1), TODAY.plusYears(3), FinalAction.MUSNAH, TODAY))
			.isEmpty();
	}

	@Test
	void pastTheInactivePeriodTheFinalActionIsDueFromEitherStage() {
		LocalDate ended = TODAY;
		assertThat(DueStep.of(ArchiveStage.INAKTIF, ACTIVE_UNTIL, ended, FinalAction.MUSNAH, TODAY)).contains(DueStep.MUSNAH);
		assertThat(DueStep.of(ArchiveStage.AKTIF, ACTIVE_UNTIL, ended, FinalAction.PERMANEN, TODAY))
			.contains(DueStep.TRANSFER_STATIS);
		assertThat(DueStep.of(ArchiveStage.INAKTIF, ACTIVE_UNTIL, ended, FinalAction.DINILAI_KEMBALI, TODAY))
			.contains(DueStep.DINILAI_KEMBALI);
		assertThat(DueStep.of(ArchiveStage.STATIS, ACTIVE_UNTIL, ended, FinalAction.PERMANEN, TODAY)).isEmpty();
		assertThat(DueStep.of(ArchiveStage.MUSNAH, ACTIVE_UNTIL, ended, FinalAction.MUSNAH, TODAY)).isEmpty();
		assertThat(DueStep.of(ArchiveStage.AKTIF, null, null, null, TODAY)).isEmpty();
	}

	@Test
	void theKindMustBeTheStepTheBerkasIsDueFor() {
		assertThatCode(() -> DisposalPolicy.check(ProposalKind.MUSNAH, DueStep.MUSNAH, null, "1")).doesNotThrowAnyException();
		assertThatCode(() -> DisposalPolicy.check(ProposalKind.TRANSFER_INAKTIF, DueStep.TRANSFER_INAKTIF, null, "1"))
			.doesNotThrowAnyException();
		assertThatCode(() -> DisposalPolicy.check(ProposalKind.TRANSFER_STATIS, DueStep.DINILAI_KEMBALI, null, "1"))
			.doesNotThrowAnyException();
		assertRefused(ProposalKind.MUSNAH, DueStep.TRANSFER_STATIS, null, "archive.lifecycle.proposal.wrongKind");
		assertRefused(ProposalKind.MUSNAH, DueStep.TRANSFER_INAKTIF, null, "archive.lifecycle.proposal.wrongKind");
		assertRefused(ProposalKind.TRANSFER_STATIS, DueStep.MUSNAH, null, "archive.lifecycle.proposal.wrongKind");
		assertRefused(ProposalKind.TRANSFER_INAKTIF, null, null, "archive.lifecycle.proposal.notDue");
	}

	@Test
	void aReassessedBerkasIsDestroyedOnlyWithTheArchivistsNote() {
		assertRefused(ProposalKind.MUSNAH, DueStep.DINILAI_KEMBALI, " ", "archive.lifecycle.proposal.assessmentNote");
		assertThatCode(() -> DisposalPolicy.check(ProposalKind.MUSNAH, DueStep.DINILAI_KEMBALI,
				"Tidak bernilai guna sekunder", "1")).doesNotThrowAnyException();
	}

	private static void assertRefused(ProposalKind kind, DueStep step, String note, String key) {
		assertThatThrownBy(() -> DisposalPolicy.check(kind, step, note, "001/DISDUKCAPIL/2015"))
			.isInstanceOf(BusinessRuleViolation.class)
			.satisfies(e -> assertThat(((BusinessRuleViolation) e).messageKey()).isEqualTo(key));
	}
}
