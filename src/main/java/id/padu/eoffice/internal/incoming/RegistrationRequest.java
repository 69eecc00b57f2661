package id.padu.eoffice.internal.incoming;

import id.padu.classification.SecurityClass;
import id.padu.eoffice.Urgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The metadata of a registered letter, from the API (JSON or the {@code metadata} part) or the form. */
record RegistrationRequest(
		@NotBlank(message = "{disposition.letter.senderRequired}") @Size(max = 200, message = "{disposition.letter.tooLong}") String senderName,
		@Size(max = 300, message = "{disposition.letter.tooLong}") String senderAddress,
		@NotBlank(message = "{disposition.letter.numberRequired}") @Size(max = 100, message = "{disposition.letter.tooLong}") String letterNumber,
		@NotNull(message = "{disposition.letter.dateRequired}") LocalDate letterDate,
		LocalDate receivedDate,
		@NotBlank(message = "{disposition.letter.subjectRequired}") @Size(max = 500, message = "{disposition.letter.tooLong}") String subject,
		@Size(max = 2000, message = "{disposition.letter.tooLong}") String summary,
		@NotBlank(message = "{disposition.letter.classificationRequired}") String classificationCode,
		@NotNull(message = "{disposition.letter.urgencyRequired}") Urgency urgency,
		@NotNull(message = "{disposition.letter.securityRequired}") SecurityClass securityClass,
		@NotBlank(message = "{disposition.letter.opdRequired}") String recipientOpd) {

	IncomingLetterData toData() {
		return new IncomingLetterData(senderName.strip(), blankToNull(senderAddress), letterNumber.strip(), letterDate,
				receivedDate, subject.strip(), blankToNull(summary), classificationCode.strip(), urgency, securityClass,
				recipientOpd.strip());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
