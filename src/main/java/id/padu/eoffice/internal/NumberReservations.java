package id.padu.eoffice.internal;

import id.padu.audit.AuditTrail;
import id.padu.identity.PaduUser;
import id.padu.identity.Role;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import id.padu.shared.web.Formats;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Back-dated letters: only the secretariat sets a number aside, for a date not after today, with a reason that goes
 * into the audit chain. The number comes from the same locked sequence as every signing, so it is never issued
 * twice; a letter signed with the reservation carries its number and date.
 */
@Service
@Transactional
class NumberReservations {

	static final int MAX_REASON = 500;

	private final NumberReservationRepository reservations;
	private final LetterNumbers numbers;
	private final AuditTrail audit;
	private final Clock clock;

	NumberReservations(NumberReservationRepository reservations, LetterNumbers numbers, AuditTrail audit, Clock clock) {
		this.reservations = reservations;
		this.numbers = numbers;
		this.audit = audit;
		this.clock = clock;
	}

	NumberReservation reserve(String unitCode, LocalDate date, String reason, PaduUser user) {
		if (!user.has(Role.SECRETARIAT)) {
			throw new AccessDeniedException("eoffice.reservation");
		}
		if (People.blank(unitCode)) {
			throw new BusinessRuleViolation("eoffice.reservation.unit");
		}
		if (date == null || date.isAfter(LocalDate.now(clock.withZone(Formats.JAKARTA)))) {
			throw new BusinessRuleViolation("eoffice.reservation.date");
		}
		if (People.blank(reason) || reason.strip().length() > MAX_REASON) {
			throw new BusinessRuleViolation("eoffice.reservation.reason", MAX_REASON);
		}
		int value = numbers.next(unitCode.strip(), date.getYear());
		NumberReservation reservation = reservations.save(new NumberReservation(unitCode.strip(), value, date,
				reason.strip(), user.getUsername(), clock.instant()));
		audit.record("RESERVE_NUMBER", "LetterNumber", reservation.getId().toString(),
				Map.of("unit", unitCode.strip(), "number", value, "date", date.toString(), "reason", reason.strip()));
		return reservation;
	}

	/** Takes an unused reservation of the letter's issuing unit for it, in the signing transaction. */
	NumberReservation claim(UUID reservationId, Letter letter) {
		NumberReservation reservation = reservations.findById(reservationId)
			.orElseThrow(() -> new NotFoundException("eoffice.reservation.notFound"));
		if (reservation.getUsedByLetter() != null || !reservation.getUnitCode().equals(letter.getIssuingUnitCode())) {
			throw new BusinessRuleViolation("eoffice.reservation.unusable");
		}
		reservation.useFor(letter.getId());
		return reservation;
	}
}
