package id.padu.eoffice.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The drafting form. People and units are typed as usernames and unit codes separated by commas (reviewers in
 * order); external addressees one per line as "email, name". The body comes from the editor (or its plain
 * textarea without JavaScript) and is sanitized by the service.
 */
class LetterForm {

	@NotBlank(message = "{eoffice.form.type.required}")
	private String type = "nota-dinas";
	@NotBlank(message = "{eoffice.letter.classification}")
	@Size(max = 40, message = "{eoffice.letter.classification}")
	private String classificationCode;
	@NotBlank(message = "{eoffice.letter.subject}")
	@Size(max = 300, message = "{eoffice.letter.subject}")
	private String subject;
	@NotBlank(message = "{eoffice.letter.body}")
	@Size(max = LetterHtml.MAX_LENGTH, message = "{eoffice.letter.body}")
	private String body;
	@NotBlank(message = "{eoffice.form.signer.required}")
	@Size(max = 100, message = "{eoffice.form.signer.required}")
	private String signerUsername;
	@Size(max = 1000, message = "{eoffice.form.tooLong}")
	private String reviewers;
	@Size(max = 2000, message = "{eoffice.form.tooLong}")
	private String recipientUsernames;
	@Size(max = 2000, message = "{eoffice.form.tooLong}")
	private String recipientOpds;
	@Size(max = 5000, message = "{eoffice.form.tooLong}")
	private String externalRecipients;
	@Size(max = 2000, message = "{eoffice.form.tooLong}")
	private String tembusan;
	private String securityClass = "BIASA";
	private String urgency = "BIASA";
	@Size(max = 100, message = "{eoffice.letter.attachmentNote}")
	private String attachmentNote;

	DraftCommand toCommand() {
		List<RecipientInput> to = new ArrayList<>();
		words(recipientUsernames).forEach(name -> to.add(new RecipientInput(name, null, null, null)));
		words(recipientOpds).forEach(code -> to.add(new RecipientInput(null, code, null, null)));
		if (externalRecipients != null) {
			for (String line : externalRecipients.split("\\R")) {
				if (!line.isBlank()) {
					int comma = line.indexOf(',');
					to.add(comma < 0 ? new RecipientInput(null, null, line.strip(), null)
							: new RecipientInput(null, null, line.substring(0, comma).strip(), line.substring(comma + 1).strip()));
				}
			}
		}
		List<RecipientInput> copies = words(tembusan).stream().map(name -> new RecipientInput(name, null, null, null)).toList();
		return new DraftCommand(type, classificationCode, subject, body, signerUsername, null, words(reviewers), to, copies,
				securityClass, urgency, attachmentNote);
	}

	/** The form filled from a letter, to save its next version. */
	static LetterForm of(LetterView letter, String signerUsername) {
		LetterForm form = new LetterForm();
		form.type = letter.type();
		form.classificationCode = letter.classificationCode();
		form.subject = letter.subject();
		form.body = letter.body();
		form.signerUsername = signerUsername;
		int round = letter.reviews().stream().mapToInt(LetterView.Review::round).max().orElse(0);
		form.reviewers = String.join(", ", letter.reviews().stream().filter(r -> r.round() == round)
			.map(LetterView.Review::username).toList());
		List<LetterView.Recipient> to = letter.recipients().stream().filter(r -> !r.copy()).toList();
		form.recipientUsernames = String.join(", ", to.stream().filter(r -> "PERSON".equals(r.kind()))
			.map(LetterView.Recipient::username).toList());
		form.recipientOpds = String.join(", ", to.stream().filter(r -> "OPD".equals(r.kind()))
			.map(LetterView.Recipient::unitCode).toList());
		form.externalRecipients = String.join("\n", to.stream().filter(r -> "EMAIL".equals(r.kind()))
			.map(r -> r.email() + ", " + r.name()).toList());
		form.tembusan = String.join(", ", letter.recipients().stream().filter(LetterView.Recipient::copy)
			.filter(r -> r.username() != null).map(LetterView.Recipient::username).toList());
		form.securityClass = letter.securityClass();
		form.urgency = letter.urgency();
		form.attachmentNote = letter.attachmentNote();
		return form;
	}

	static List<String> words(String text) {
		return text == null || text.isBlank() ? List.of()
				: Arrays.stream(text.split("[,;\\s]+")).filter(word -> !word.isBlank()).toList();
	}

	public String getType() { return type; }
	public void setType(String type) { this.type = type; }
	public String getClassificationCode() { return classificationCode; }
	public void setClassificationCode(String classificationCode) { this.classificationCode = classificationCode; }
	public String getSubject() { return subject; }
	public void setSubject(String subject) { this.subject = subject; }
	public String getBody() { return body; }
	public void setBody(String body) { this.body = body; }
	public String getSignerUsername() { return signerUsername; }
	public void setSignerUsername(String signerUsername) { this.signerUsername = signerUsername; }
	public String getReviewers() { return reviewers; }
	public void setReviewers(String reviewers) { this.reviewers = reviewers; }
	public String getRecipientUsernames() { return recipientUsernames; }
	public void setRecipientUsernames(String recipientUsernames) { this.recipientUsernames = recipientUsernames; }
	public String getRecipientOpds() { return recipientOpds; }
	public void setRecipientOpds(String recipientOpds) { this.recipientOpds = recipientOpds; }
	public String getExternalRecipients() { return externalRecipients; }
	public void setExternalRecipients(String externalRecipients) { this.externalRecipients = externalRecipients; }
	public String getTembusan() { return tembusan; }
	public void setTembusan(String tembusan) { this.tembusan = tembusan; }
	public String getSecurityClass() { return securityClass; }
	public void setSecurityClass(String securityClass) { this.securityClass = securityClass; }
	public String getUrgency() { return urgency; }
	public void setUrgency(String urgency) { this.urgency = urgency; }
	public String getAttachmentNote() { return attachmentNote; }
	public void setAttachmentNote(String attachmentNote) { this.attachmentNote = attachmentNote; }
}
