package id.padu.archive.internal.digitization;

/** The operator's verdict on one scanned record: not yet checked, passed, or scanned again. */
public enum QcState {
	PENDING, PASSED, RESCAN;

	public String messageKey() {
		return "archive.digitization.qc." + name();
	}
}
