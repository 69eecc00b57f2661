package id.padu.services.internal;

import id.padu.identity.CitizenAccounts;
import id.padu.identity.PaduUser;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.Nik;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * Idempotent submission: the same citizen with the same {@code Idempotency-Key} gets the application made
 * the first time, never a second one. A repeated key is found before any work; two requests racing with
 * the same key both try to insert, the unique index lets one through, and the other (its transaction rolled
 * back, process start included) then finds the winner. A different request under a used key is refused.
 */
@Component
class ApplicationIntake {

	/** The application and whether this request made it (201) or found it (200). */
	record Outcome(ServiceApplication application, boolean created) {
	}

	static final int MAX_KEY = 100;

	private final Submissions submissions;
	private final CitizenAccounts citizens;

	ApplicationIntake(Submissions submissions, CitizenAccounts citizens) {
		this.submissions = submissions;
		this.citizens = citizens;
	}

	Outcome submit(PaduUser user, String serviceCode, Map<String, ?> input, String idempotencyKey) {
		Nik nik = citizens.nikOf(user.accountId())
			.orElseThrow(() -> new BusinessRuleViolation("services.application.citizenOnly"));
		String fingerprint = FormData.fingerprint(serviceCode == null ? "" : serviceCode, input);
		for (int attempt = 0; ; attempt++) {
			Optional<ServiceApplication> existing = submissions.existing(user.accountId(), idempotencyKey, fingerprint);
			if (existing.isPresent()) {
				return new Outcome(existing.get(), false);
			}
			try {
				return new Outcome(submissions.submit(user, nik, serviceCode, input, idempotencyKey, fingerprint), true);
			} catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
				// Another request with this key won the insert (or, once in 10^17, the tracking number clashed).
				if (attempt >= 3) {
					throw e;
				}
				pause(attempt);
			}
		}
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(20L * (attempt + 1));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
