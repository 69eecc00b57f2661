package id.padu.services.internal;

/**
 * Where an application stands. {@code SUBMITTED} until the first step is decided, {@code IN_PROGRESS}
 * while officers and heads work on it, {@code NEEDS_REVISION} while the applicant fixes it,
 * {@code AWAITING_PAYMENT} until the bill is paid, {@code WAITING} for another module's step (an
 * announcement), then {@code APPROVED} or {@code REJECTED}.
 */
enum ApplicationStatus {
	SUBMITTED, IN_PROGRESS, NEEDS_REVISION, AWAITING_PAYMENT, WAITING, APPROVED, REJECTED;

	boolean isFinal() {
		return this == APPROVED || this == REJECTED;
	}
}
