package id.padu.archive.internal;

import java.time.LocalDate;

/**
 * How long a berkas is kept where, counted in whole years from its closing date, and what happens after.
 * JRA periods are whole years; zero inactive years means the berkas leaves the OPD straight to its final action.
 */
public record Retention(int activeYears, int inactiveYears, FinalAction finalAction) {

	/** The longest period any line of a JRA uses; guards against typing 1000 for 10. */
	public static final int MAX_YEARS = 100;

	public Retention {
		if (activeYears < 0 || inactiveYears < 0 || activeYears > MAX_YEARS || inactiveYears > MAX_YEARS) {
			throw new IllegalArgumentException("retention years out of range: " + activeYears + "/" + inactiveYears);
		}
		if (finalAction == null) {
			throw new IllegalArgumentException("final action required");
		}
	}

	public LocalDate activeUntil(LocalDate closedOn) {
		return closedOn.plusYears(activeYears);
	}

	public LocalDate inactiveUntil(LocalDate closedOn) {
		return closedOn.plusYears((long) activeYears + inactiveYears);
	}
}
