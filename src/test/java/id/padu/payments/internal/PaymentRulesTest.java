package id.padu.payments.internal;

import id.padu.payments.internal.PaymentRules.Action;
import id.padu.payments.internal.PaymentRules.Decision;
import id.padu.shared.Nik;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentRulesTest {

	static final Instant ISSUED = Instant.parse("2026-12-01T02:00:00Z");
	static final Instant DUE = Instant.parse("2026-12-31T16:59:00Z");
	static final String CODE = "36712612345676";

	@Test
	void theRightAmountForAnUnpaidBillPaysIt() {
		assertThat(decide(payment(150_000, "REF-1"), none(), none(), Optional.of(bill(150_000))))
			.isEqualTo(new Decision(Action.PAY, null));
	}

	@Test
	void aWrongAmountIsFlaggedAndPaysNothing() {
		assertThat(decide(payment(149_999, "REF-1"), none(), none(), Optional.of(bill(150_000))))
			.isEqualTo(Decision.flag(ReconciliationKind.WRONG_AMOUNT));
	}

	@Test
	void aRetryOfThePaymentGetsTheSameAnswerAndADifferentUseOfTheReferenceConflicts() {
		BillRecord paid = paid(bill(150_000), "REF-1");
		assertThat(decide(payment(150_000, "REF-1"), Optional.of(paid), none(), Optional.of(paid)).action())
			.isEqualTo(Action.REPLAY_PAID);
		assertThat(decide(payment(10_000, "REF-1"), Optional.of(paid), none(), Optional.empty()))
			.isEqualTo(Decision.flag(ReconciliationKind.REFERENCE_REUSED));
	}

	@Test
	void aSecondDifferentPaymentForAPaidBillIsFlagged() {
		BillRecord paid = paid(bill(150_000), "REF-1");
		assertThat(decide(payment(150_000, "REF-2"), none(), none(), Optional.of(paid)))
			.isEqualTo(Decision.flag(ReconciliationKind.ALREADY_PAID));
	}

	@Test
	void aRetryOfAFlaggedCallbackGetsTheFlaggedAnswerAgain() {
		CallbackPayment wrong = payment(1_000, "REF-9");
		ReconciliationItem item = new ReconciliationItem(ReconciliationKind.WRONG_AMOUNT, UUID.randomUUID(), wrong, null, ISSUED);
		assertThat(decide(wrong, none(), Optional.of(item), Optional.of(bill(150_000))))
			.isEqualTo(new Decision(Action.REPLAY_FLAGGED, ReconciliationKind.WRONG_AMOUNT));
		assertThat(decide(payment(150_000, "REF-9"), none(), Optional.of(item), Optional.of(bill(150_000))))
			.isEqualTo(Decision.flag(ReconciliationKind.REFERENCE_REUSED));
	}

	@Test
	void anUnknownCodeIsFlagged() {
		assertThat(decide(payment(150_000, "REF-1"), none(), none(), Optional.empty()))
			.isEqualTo(Decision.flag(ReconciliationKind.UNKNOWN_CODE));
	}

	@Test
	void anExpiredBillTakesAPaymentMadeInTimeOnly() {
		BillRecord expired = bill(150_000);
		expired.expire();
		assertThat(decide(new CallbackPayment(CODE, 150_000, DUE.minusSeconds(60), "REF-1"), none(), none(),
				Optional.of(expired)).action()).isEqualTo(Action.PAY);
		assertThat(decide(new CallbackPayment(CODE, 150_000, DUE.plusSeconds(60), "REF-2"), none(), none(),
				Optional.of(expired))).isEqualTo(Decision.flag(ReconciliationKind.BILL_CLOSED));
	}

	private static Decision decide(CallbackPayment payment, Optional<BillRecord> byReference,
			Optional<ReconciliationItem> item, Optional<BillRecord> bill) {
		return PaymentRules.decide(payment, byReference, item, bill);
	}

	private static <T> Optional<T> none() {
		return Optional.empty();
	}

	private static CallbackPayment payment(long amount, String reference) {
		return new CallbackPayment(CODE, amount, ISSUED.plusSeconds(3600), reference);
	}

	private static BillRecord bill(long amount) {
		return new BillRecord(CODE, Nik.of("3671014508900003"), amount, "Retribusi", "4.1.2.01.03", "payments", "t",
				null, ISSUED, "test", DUE);
	}

	private static BillRecord paid(BillRecord bill, String reference) {
		bill.markPaid(ISSUED.plusSeconds(60), reference, ISSUED.plusSeconds(61), UUID.randomUUID());
		return bill;
	}
}
