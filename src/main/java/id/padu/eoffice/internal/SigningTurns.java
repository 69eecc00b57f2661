package id.padu.eoffice.internal;

import id.padu.tenancy.TenantContext;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Signings of one issuing unit take turns on this node before their transaction starts, first come first served.
 * The sequence row lock alone keeps numbers gapless (and does so across nodes), but a signing holds it while the
 * PDF is rendered and signed: queued on the row, every waiter holds a database connection, and H2 gives up on a
 * row lock after its lock timeout. Waiting here instead costs neither. One lock per pemda and unit: a handful.
 */
@Component
class SigningTurns {

	private final LetterRepository letters;
	private final LetterSigning signing;
	private final ConcurrentHashMap<String, ReentrantLock> turns = new ConcurrentHashMap<>();

	SigningTurns(LetterRepository letters, LetterSigning signing) {
		this.letters = letters;
		this.signing = signing;
	}

	LetterSigning.Signed sign(UUID id, String signer, char[] passphrase, UUID reservationId) {
		String unit = letters.findById(id).map(Letter::getIssuingUnitCode).orElseThrow(LetterAccess::notFound);
		ReentrantLock turn = turns.computeIfAbsent(TenantContext.require().value() + "/" + unit, key -> new ReentrantLock(true));
		turn.lock();
		try {
			return signing.sign(id, signer, passphrase, reservationId);
		} finally {
			turn.unlock();
		}
	}
}
