package id.padu.eoffice.internal.incoming;

import id.padu.eoffice.Urgency;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A disposition as asked for by the page or the API. Recipients are position codes, or usernames resolved to the
 * person's main position.
 */
record DispositionRequest(UUID parentDispositionId, List<String> recipientPositions, List<String> recipientUsernames,
		List<String> instructions, String note, LocalDate deadline, Urgency urgency) {

	DispositionRequest {
		recipientPositions = recipientPositions == null ? List.of() : List.copyOf(recipientPositions);
		recipientUsernames = recipientUsernames == null ? List.of() : List.copyOf(recipientUsernames);
		instructions = instructions == null ? List.of() : List.copyOf(instructions);
		urgency = urgency == null ? Urgency.BIASA : urgency;
	}
}
