package id.padu.eoffice.internal.incoming;

import id.padu.classification.SecurityClass;
import id.padu.eoffice.Urgency;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import java.time.LocalDate;

/** The secretariat's registration form; checked as a {@link RegistrationRequest}, the rules being the same. */
class RegistrationForm {

	private String senderName;
	private String senderAddress;
	private String letterNumber;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate letterDate;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate receivedDate;
	private String subject;
	private String summary;
	private String classificationCode;
	private Urgency urgency = Urgency.BIASA;
	private SecurityClass securityClass = SecurityClass.BIASA;
	private String recipientOpd;
	private MultipartFile scan;

	RegistrationRequest toRequest() {
		return new RegistrationRequest(senderName, senderAddress, letterNumber, letterDate, receivedDate, subject, summary,
				classificationCode, urgency, securityClass, recipientOpd);
	}

	public String getSenderName() { return senderName; }
	public void setSenderName(String v) { senderName = v; }
	public String getSenderAddress() { return senderAddress; }
	public void setSenderAddress(String v) { senderAddress = v; }
	public String getLetterNumber() { return letterNumber; }
	public void setLetterNumber(String v) { letterNumber = v; }
	public LocalDate getLetterDate() { return letterDate; }
	public void setLetterDate(LocalDate v) { letterDate = v; }
	public LocalDate getReceivedDate() { return receivedDate; }
	public void setReceivedDate(LocalDate v) { receivedDate = v; }
	public String getSubject() { return subject; }
	public void setSubject(String v) { subject = v; }
	public String getSummary() { return summary; }
	public void setSummary(String v) { summary = v; }
	public String getClassificationCode() { return classificationCode; }
	public void setClassificationCode(String v) { classificationCode = v; }
	public Urgency getUrgency() { return urgency; }
	public void setUrgency(Urgency v) { urgency = v; }
	public SecurityClass getSecurityClass() { return securityClass; }
	public void setSecurityClass(SecurityClass v) { securityClass = v; }
	public String getRecipientOpd() { return recipientOpd; }
	public void setRecipientOpd(String v) { recipientOpd = v; }
	public MultipartFile getScan() { return scan; }
	public void setScan(MultipartFile v) { scan = v; }
}
