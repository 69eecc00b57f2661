package id.padu.eoffice.internal.incoming;

import id.padu.classification.SecurityClass;
import id.padu.eoffice.Urgency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An opened letter with its tree, as the page and the API show it. {@code tree} is in reading order (each
 * disposition followed by the ones made under it), {@code depth} 0 for the head's own dispositions.
 */
record IncomingLetterView(UUID id, String agendaNumber, String recipientOpd, String headPosition, String headTitle,
		String senderName, String senderAddress, String letterNumber, LocalDate letterDate, LocalDate receivedDate,
		String subject, String summary, String classificationCode, Urgency urgency, SecurityClass securityClass,
		boolean hasScan, String scanName, String registeredBy, Instant registeredAt, Instant closedAt,
		String status, List<Node> tree) {

	/**
	 * One disposition; names of acting officials ({@code fromName}, {@code reportedByName}, {@code toHolders}) start
	 * with "Plt. " or "Plh. ", and {@code fromActing} / {@code reportedActing} say it as PLT or PLH.
	 */
	record Node(UUID id, UUID parentId, int depth, String fromPosition, String fromTitle, String fromName,
			String fromActing, String toPosition, String toTitle, List<String> toHolders, List<String> instructions,
			String note, LocalDate deadline, Urgency urgency, Instant createdAt, Instant readAt, String readBy,
			Instant closedAt, String followUpNote, String reportedByName, String reportedActing,
			List<File> attachments, boolean overdue, Instant remindedAt, Instant escalatedAt, String status,
			boolean openBelow) {
	}

	record File(UUID id, String name, String mediaType) {
	}

	public boolean isClosed() {
		return closedAt != null;
	}
}
