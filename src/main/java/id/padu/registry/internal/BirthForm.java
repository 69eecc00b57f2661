package id.padu.registry.internal;

import id.padu.registry.BloodType;
import id.padu.registry.Citizenship;
import id.padu.registry.Gender;
import id.padu.registry.Religion;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * "Catat kelahiran" on a family card: the child, the mother (a woman on this card), the father's NIK
 * when known, the akta number. The child's NIK is issued by the registry ({@link NikIssuer}).
 */
public class BirthForm {

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
	@NotNull
	private Religion religion;
	private BloodType bloodType = BloodType.TIDAK_TAHU;
	@NotNull
	private Citizenship citizenship = Citizenship.WNI;
	@NotBlank
	private String motherNik;
	private String fatherNik;
	@Size(max = 60, message = "{registry.lifeEvent.max60}")
	private String certificate;
	@Size(max = 200, message = "{registry.lifeEvent.max200}")
	private String details;

	// Getters and setters for binding.
	public String getName() { return name; }
	public void setName(String name) { this.name = LifeEventDetails.clean(name); }
	public String getBirthPlace() { return birthPlace; }
	public void setBirthPlace(String birthPlace) { this.birthPlace = LifeEventDetails.clean(birthPlace); }
	public LocalDate getBirthDate() { return birthDate; }
	public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
	public Gender getGender() { return gender; }
	public void setGender(Gender gender) { this.gender = gender; }
	public Religion getReligion() { return religion; }
	public void setReligion(Religion religion) { this.religion = religion; }
	public BloodType getBloodType() { return bloodType; }
	public void setBloodType(BloodType bloodType) { this.bloodType = bloodType; }
	public Citizenship getCitizenship() { return citizenship; }
	public void setCitizenship(Citizenship citizenship) { this.citizenship = citizenship; }
	public String getMotherNik() { return motherNik; }
	public void setMotherNik(String motherNik) { this.motherNik = LifeEventDetails.digits(motherNik); }
	public String getFatherNik() { return fatherNik; }
	public void setFatherNik(String fatherNik) { this.fatherNik = LifeEventDetails.digits(fatherNik); }
	public String getCertificate() { return certificate; }
	public void setCertificate(String certificate) { this.certificate = LifeEventDetails.clean(certificate); }
	public String getDetails() { return details; }
	public void setDetails(String details) { this.details = LifeEventDetails.clean(details); }
}
