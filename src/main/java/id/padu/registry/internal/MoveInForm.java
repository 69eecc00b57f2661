package id.padu.registry.internal;

import id.padu.registry.BloodType;
import id.padu.registry.Citizenship;
import id.padu.registry.FamilyRelationship;
import id.padu.registry.Gender;
import id.padu.registry.MaritalStatus;
import id.padu.registry.Religion;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * "Catat pindah datang" on a family card: the newcomer as on their KTP and the SKPWNI, their place on
 * this card, where they come from (picked like {@link MoveOutForm}'s destination) and when.
 */
public class MoveInForm implements WilayahPick {

	@NotBlank
	private String nik;
	@NotBlank
	@Size(max = 200, message = "{registry.lifeEvent.max200}")
	private String name;
	@NotBlank
	@Size(max = 100, message = "{registry.lifeEvent.max100}")
	private String birthPlace;
	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;
	@NotNull
	private Gender gender;
	private BloodType bloodType = BloodType.TIDAK_TAHU;
	@NotNull
	private Religion religion;
	@NotNull
	private MaritalStatus maritalStatus;
	@Size(max = 100, message = "{registry.lifeEvent.max100}")
	private String occupation;
	@Size(max = 30, message = "{registry.lifeEvent.max30}")
	private String education;
	@NotNull
	private Citizenship citizenship = Citizenship.WNI;
	@Pattern(regexp = "(\\+62|0)[0-9]{8,13}", message = "{registry.lifeEvent.phone.format}")
	private String phone;
	@Email(message = "{registry.lifeEvent.email.format}")
	@Size(max = 254, message = "{registry.lifeEvent.email.format}")
	private String email;
	@NotNull
	private FamilyRelationship relationship;
	private String origin;
	@Size(max = 100, message = "{registry.lifeEvent.max100}")
	private String originQuery;
	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;
	@Size(max = 60, message = "{registry.lifeEvent.max60}")
	private String certificate;

	@Override
	public String pickedCode() {
		return origin;
	}

	@Override
	public String typedQuery() {
		return originQuery;
	}

	// Getters and setters for binding.
	public String getNik() { return nik; }
	public void setNik(String nik) { this.nik = LifeEventDetails.digits(nik); }
	public String getName() { return name; }
	public void setName(String name) { this.name = LifeEventDetails.clean(name); }
	public String getBirthPlace() { return birthPlace; }
	public void setBirthPlace(String birthPlace) { this.birthPlace = LifeEventDetails.clean(birthPlace); }
	public LocalDate getBirthDate() { return birthDate; }
	public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
	public Gender getGender() { return gender; }
	public void setGender(Gender gender) { this.gender = gender; }
	public BloodType getBloodType() { return bloodType; }
	public void setBloodType(BloodType bloodType) { this.bloodType = bloodType; }
	public Religion getReligion() { return religion; }
	public void setReligion(Religion religion) { this.religion = religion; }
	public MaritalStatus getMaritalStatus() { return maritalStatus; }
	public void setMaritalStatus(MaritalStatus maritalStatus) { this.maritalStatus = maritalStatus; }
	public String getOccupation() { return occupation; }
	public void setOccupation(String occupation) { this.occupation = LifeEventDetails.clean(occupation); }
	public String getEducation() { return education; }
	public void setEducation(String education) { this.education = LifeEventDetails.clean(education); }
	public Citizenship getCitizenship() { return citizenship; }
	public void setCitizenship(Citizenship citizenship) { this.citizenship = citizenship; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone == null || phone.isBlank() ? null : phone.replaceAll("[\\s-]", ""); }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = LifeEventDetails.clean(email); }
	public FamilyRelationship getRelationship() { return relationship; }
	public void setRelationship(FamilyRelationship relationship) { this.relationship = relationship; }
	public String getOrigin() { return origin; }
	public void setOrigin(String origin) { this.origin = LifeEventDetails.clean(origin); }
	public String getOriginQuery() { return originQuery; }
	public void setOriginQuery(String originQuery) { this.originQuery = LifeEventDetails.clean(originQuery); }
	public LocalDate getDate() { return date; }
	public void setDate(LocalDate date) { this.date = date; }
	public String getCertificate() { return certificate; }
	public void setCertificate(String certificate) { this.certificate = LifeEventDetails.clean(certificate); }
}
