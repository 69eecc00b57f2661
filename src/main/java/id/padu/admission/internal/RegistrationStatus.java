package id.padu.admission.internal;

/**
 * Where an admission application stands: submitted (the officer has not verified it yet), verified (ranked,
 * waiting for the announcement), withdrawn (refused at verification, or a second registration of the same
 * child), accepted or not placed (announced), late (verified only after the announcement).
 */
enum RegistrationStatus {
	SUBMITTED, VERIFIED, WITHDRAWN, ACCEPTED, NOT_PLACED, LATE;

	boolean announced() {
		return this == ACCEPTED || this == NOT_PLACED || this == LATE;
	}
}
