package id.padu.eoffice.internal.incoming;

import id.padu.classification.SecurityClass;
import id.padu.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of incoming letters on their own: recipients, clearance, reminder days. */
class IncomingPoliciesTest {

	private static final List<String> KASI_CHAIN = List.of("kabid", "kadis", "sekda", "walikota");

	@Test
	void dispositionsGoToAnyPositionBelowButNeverSidewaysOrUp() {
		assertThat(DispositionTargetPolicy.allowed("kabid", "kasi", KASI_CHAIN)).isTrue();
		assertThat(DispositionTargetPolicy.allowed("kadis", "kasi", KASI_CHAIN)).as("two levels down").isTrue();
		assertThat(DispositionTargetPolicy.allowed("kasi", "kasi", KASI_CHAIN)).isFalse();
		assertThat(DispositionTargetPolicy.allowed("kabid-lain", "kasi", KASI_CHAIN)).isFalse();
		assertThatThrownBy(() -> DispositionTargetPolicy.check("kasi", "kadis", List.of("sekda", "walikota")))
			.isInstanceOf(BusinessRuleViolation.class).hasMessage("disposition.recipient.outsideHierarchy");
	}

	@Test
	void aSecretLetterOpensForTheHeadAndItsRecipientsOnly() {
		var letter = letter(SecurityClass.RAHASIA);
		assertThat(LetterAccessPolicy.mayOpen(letter, viewer(Set.of("kadis"), false))).isTrue();
		assertThat(LetterAccessPolicy.mayOpen(letter, viewer(Set.of("kabid"), false))).isTrue();
		assertThat(LetterAccessPolicy.mayOpen(letter, viewer(Set.of("sekda"), false))).as("a superior").isFalse();
		assertThat(LetterAccessPolicy.mayOpen(letter, viewer(Set.of("tu"), true))).as("the secretariat").isFalse();
		assertThat(LetterAccessPolicy.mayOpen(letter, viewer(Set.of("staf"), false))).isFalse();
	}

	@Test
	void aRestrictedLetterAlsoOpensForTheSecretariatAndSuperiorsButNotTheWholeOpd() {
		var letter = letter(SecurityClass.TERBATAS);
		assertThat(LetterAccessPolicy.mayOpen(letter, viewer(Set.of("tu"), true))).isTrue();
		assertThat(LetterAccessPolicy.mayOpen(letter, viewer(Set.of("sekda"), false))).isTrue();
		assertThat(LetterAccessPolicy.mayOpen(letter, viewer(Set.of("staf"), false))).isFalse();
	}

	@Test
	void anOrdinaryLetterOpensForEveryoneInTheReceivingOpd() {
		var letter = letter(SecurityClass.BIASA);
		assertThat(LetterAccessPolicy.mayOpen(letter, viewer(Set.of("staf"), false))).isTrue();
		assertThat(LetterAccessPolicy.mayOpen(letter,
				new LetterAccessPolicy.Viewer(Set.of("kadis-dinkes"), Set.of("dinkes"), false))).isFalse();
	}

	@Test
	void aDeadlineOnMondayIsRemindedOfOnFridayAndEscalatedOnTuesday() {
		LocalDate friday = LocalDate.of(2026, 12, 4);
		LocalDate monday = friday.plusDays(3);
		assertThat(ReminderPolicy.dueForReminder(monday, friday.minusDays(1), friday)).isFalse();
		assertThat(ReminderPolicy.dueForReminder(monday, friday, monday)).isTrue();
		// Friday a holiday: Thursday's next working day is Monday, so Monday's deadline is reminded of on Thursday.
		assertThat(ReminderPolicy.dueForReminder(monday, friday.minusDays(1), monday)).isTrue();
		assertThat(ReminderPolicy.overdue(monday, monday)).isFalse();
		assertThat(ReminderPolicy.overdue(monday, monday.plusDays(1))).isTrue();
	}

	@Test
	void actingOfficialsAreMarkedLikeOnPaper() {
		assertThat(IncomingLetterViews.actingPrefix("PLT")).isEqualTo("Plt. ");
		assertThat(IncomingLetterViews.actingPrefix("PLH")).isEqualTo("Plh. ");
		assertThat(IncomingLetterViews.actingPrefix(null)).isEmpty();
	}

	private static LetterAccessPolicy.Letter letter(SecurityClass security) {
		return new LetterAccessPolicy.Letter(security, "disdukcapil", "kadis", Set.of("kabid"),
				Set.of("kadis", "sekda", "walikota"));
	}

	private static LetterAccessPolicy.Viewer viewer(Set<String> positions, boolean secretariat) {
		return new LetterAccessPolicy.Viewer(positions, secretariat ? Set.of("setda") : Set.of("disdukcapil"),
				secretariat);
	}
}
