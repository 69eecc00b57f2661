package id.padu.admission.internal;

/** A period with how many registrations stand where, for the staff pages. */
record PeriodSummary(AdmissionPeriod period, boolean open, boolean announceable, long submitted, long verified,
		long accepted, long notPlaced) {
}
