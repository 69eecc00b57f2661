package id.padu.registry.internal;

import id.padu.registry.ResidentRecord;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.web.multipart.MultipartFile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * "Ajukan perbaikan data": every correctable field, shown with today's value, under its API name so
 * errors land next to the right input; the reason; the supporting document. {@code seen} fingerprints
 * the values the officer saw, so a form opened before someone else's change is not sent blindly.
 */
public class ChangeRequestForm {

	private String name;
	private String birthPlace;
	private String birthDate;
	private String gender;
	private String bloodType;
	private String religion;
	private String maritalStatus;
	private String occupation;
	private String education;
	private String street;
	private String rt;
	private String rw;
	private String kelurahan;
	private String phone;
	private String email;
	@NotBlank(message = "{registry.correction.reason.required}")
	@Size(max = ChangeRequests.MAX_TEXT, message = "{registry.correction.reason.tooLong}")
	private String reason;
	private MultipartFile document;
	private String seen;

	static ChangeRequestForm of(ResidentRecord current) {
		ChangeRequestForm form = new ChangeRequestForm();
		BeanWrapperImpl bean = new BeanWrapperImpl(form);
		for (CorrectionField field : CorrectionField.values()) {
			bean.setPropertyValue(field.apiName(), field.currentValue(current));
		}
		form.seen = fingerprint(current);
		return form;
	}

	/** The fields typed differently from today's values, by API name. */
	Map<String, String> edited(ResidentRecord current) {
		BeanWrapperImpl bean = new BeanWrapperImpl(this);
		Map<String, String> edited = new LinkedHashMap<>();
		for (CorrectionField field : CorrectionField.values()) {
			String typed = (String) bean.getPropertyValue(field.apiName());
			String stripped = typed == null || typed.isBlank() ? null : typed.strip();
			if (!Objects.equals(stripped, field.currentValue(current))) {
				edited.put(field.apiName(), typed);
			}
		}
		return edited;
	}

	static String fingerprint(ResidentRecord current) {
		StringBuilder text = new StringBuilder();
		for (CorrectionField field : CorrectionField.values()) {
			text.append(field.apiName()).append('=').append(field.currentValue(current)).append('\n');
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	// Getters and setters for binding.
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getBirthPlace() { return birthPlace; }
	public void setBirthPlace(String birthPlace) { this.birthPlace = birthPlace; }
	public String getBirthDate() { return birthDate; }
	public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
	public String getGender() { return gender; }
	public void setGender(String gender) { this.gender = gender; }
	public String getBloodType() { return bloodType; }
	public void setBloodType(String bloodType) { this.bloodType = bloodType; }
	public String getReligion() { return religion; }
	public void setReligion(String religion) { this.religion = religion; }
	public String getMaritalStatus() { return maritalStatus; }
	public void setMaritalStatus(String maritalStatus) { this.maritalStatus = maritalStatus; }
	public String getOccupation() { return occupation; }
	public void setOccupation(String occupation) { this.occupation = occupation; }
	public String getEducation() { return education; }
	public void setEducation(String education) { this.education = education; }
	public String getStreet() { return street; }
	public void setStreet(String street) { this.street = street; }
	public String getRt() { return rt; }
	public void setRt(String rt) { this.rt = rt; }
	public String getRw() { return rw; }
	public void setRw(String rw) { this.rw = rw; }
	public String getKelurahan() { return kelurahan; }
	public void setKelurahan(String kelurahan) { this.kelurahan = kelurahan; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }
	public MultipartFile getDocument() { return document; }
	public void setDocument(MultipartFile document) { this.document = document; }
	public String getSeen() { return seen; }
	public void setSeen(String seen) { this.seen = seen; }
}
