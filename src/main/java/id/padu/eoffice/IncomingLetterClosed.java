package id.padu.eoffice;

import id.padu.classification.SecurityClass;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An incoming letter whose every disposition branch is closed, with its whole trail, for the archive to file
 * under {@code classificationCode}. Published once, in the transaction that closed the last branch.
 *
 * @param scanSha256 the registered scan in the document store, or null when the letter was registered without one
 * @param trail      the dispositions in the order they were made
 */
public record IncomingLetterClosed(String tenantId, UUID letterId, String agendaNumber, String subject,
		String senderName, String letterNumber, LocalDate letterDate, String classificationCode,
		SecurityClass securityClass, Instant closedAt, String scanSha256, List<DispositionRecord> trail) {

	public IncomingLetterClosed {
		trail = List.copyOf(trail);
	}

	/**
	 * One branch: {@code parentId} null for the head's own dispositions; {@code fromActing} / {@code reportedActing}
	 * "PLT" or "PLH" when an acting official disposed or reported, null otherwise.
	 */
	public record DispositionRecord(UUID id, UUID parentId, String fromPosition, String fromName, String fromActing,
			String toPosition, List<String> instructions, String note, LocalDate deadline, Instant createdAt,
			Instant readAt, Instant closedAt, String followUpNote, String reportedByName, String reportedActing,
			List<String> attachmentSha256) {

		public DispositionRecord {
			instructions = List.copyOf(instructions);
			attachmentSha256 = List.copyOf(attachmentSha256);
		}
	}
}
