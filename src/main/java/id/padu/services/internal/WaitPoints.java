package id.padu.services.internal;

/**
 * Receive tasks are the points where a process waits: {@code revision...} for the applicant to fix the
 * application, {@code payment...} for the bill to be paid ({@code BillPaid}); any other id is a wait
 * point another module finishes through {@link id.padu.services.ApplicationProcesses#resume}.
 */
final class WaitPoints {

	private WaitPoints() {
	}

	static boolean isRevision(String receiveTaskId) {
		return receiveTaskId.startsWith("revision");
	}

	static boolean isPayment(String receiveTaskId) {
		return receiveTaskId.startsWith("payment");
	}
}
