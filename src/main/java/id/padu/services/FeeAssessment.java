package id.padu.services;

import id.padu.shared.Nik;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fee another module works out for each application, for bundles that declare
 * {@code fee: { type: assessed, by: <name> }} (a tax bill, say, whose amount lives in that module). The
 * engine checks at upload that the name is known and that the form has {@link #fields()} as required
 * applicant fields, asks {@link #check} when the citizen submits (problems become field errors) and
 * {@link #assess} when the process reaches its {@code payment} wait point; the bill is issued at once with the
 * assessed amount. The assessing module learns of the payment from {@code BillPaid} (source {@code services},
 * reference = the {@code reference} given to {@link #assess}).
 */
public interface FeeAssessment {

	/** The name bundles use, e.g. {@code localtax.pbb}. */
	String name();

	/** The form fields the assessment reads; each must be a required field the applicant enters. */
	Set<String> fields();

	/** Message key (the implementing module's bundle) that tells citizens how the fee is worked out. */
	String descriptionKey();

	/** What stops this applicant's fee from being assessed, per field; empty when it can be. */
	List<Problem> check(Nik applicant, Map<String, String> values);

	/**
	 * The fee, in the caller's transaction: the implementing module may record that it waits for the payment.
	 *
	 * @param reference the application id, which {@code BillPaid.sourceReference} carries back
	 * @throws id.padu.shared.BusinessRuleViolation when the fee can no longer be assessed (paid meanwhile)
	 */
	Assessment assess(Nik applicant, Map<String, String> values, String reference);

	/** A field's problem: a message key of the implementing module's bundle and its arguments. */
	record Problem(String field, String messageKey, List<Object> args) {

		public Problem {
			args = List.copyOf(args);
		}
	}

	/**
	 * The assessed fee. {@code payBefore} is the bill's due date (the amount holds until then, e.g. before a
	 * late penalty grows); null lets the engine use its usual payment period.
	 */
	record Assessment(long amountRupiah, String description, String revenueAccount, Instant payBefore) {
	}
}
