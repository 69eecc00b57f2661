package id.padu.eoffice.internal.incoming;

import id.padu.classification.SecurityClass;
import id.padu.eoffice.Urgency;

import java.time.LocalDate;

/** What the secretariat writes down from a received letter; checked by the form or API request that made it. */
record IncomingLetterData(String senderName, String senderAddress, String letterNumber, LocalDate letterDate,
		LocalDate receivedDate, String subject, String summary, String classificationCode, Urgency urgency,
		SecurityClass securityClass, String recipientOpd) {
}
