package id.padu.registry.internal;

import id.padu.registry.Address;
import id.padu.registry.BloodType;
import id.padu.registry.Citizenship;
import id.padu.registry.FamilyMember;
import id.padu.registry.FamilyRelationship;
import id.padu.registry.Gender;
import id.padu.registry.MaritalStatus;
import id.padu.registry.NewResident;
import id.padu.registry.Religion;
import id.padu.registry.ResidentRecord;
import id.padu.registry.ResidentStatus;
import id.padu.shared.KodeWilayah;
import id.padu.shared.Nik;
import id.padu.shared.NomorKk;
import id.padu.shared.persistence.TenantScopedEntity;
import id.padu.shared.search.IndonesianNameAnalyzers;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A resident (penduduk). Nomor KK and relationship sit on the row itself, so the whole population is
 * one table that a bulk import fills directly; changes happen only through life events.
 * <p>
 * Indexed for the name search ({@link ResidentSearch}): the name four ways (words, word prefixes, pairs of
 * words written together, the whole name without spaces), its number of words, and the filters. Nothing is stored or sortable in
 * the index, and no norms are kept (scores are constant per clause): 2 million residents stay small.
 */
@Entity
@Table(name = "resident")
@Indexed(index = "registry_resident")
class Resident extends TenantScopedEntity {

	private String nik;
	@Column(name = "full_name")
	@FullTextField(name = ResidentSearchPlan.WORDS, analyzer = IndonesianNameAnalyzers.PERSON, norms = Norms.NO)
	@FullTextField(name = ResidentSearchPlan.PREFIXES, analyzer = IndonesianNameAnalyzers.PERSON_PREFIX,
			searchAnalyzer = IndonesianNameAnalyzers.PERSON, norms = Norms.NO)
	@FullTextField(name = ResidentSearchPlan.PAIRS, analyzer = IndonesianNameAnalyzers.PERSON_PAIRS,
			searchAnalyzer = IndonesianNameAnalyzers.PERSON, norms = Norms.NO)
	@FullTextField(name = ResidentSearchPlan.JOINED, analyzer = IndonesianNameAnalyzers.PERSON_JOINED, norms = Norms.NO)
	private String fullName;
	@Column(name = "birth_place")
	private String birthPlace;
	@Column(name = "birth_date")
	@GenericField(searchable = Searchable.YES)
	private LocalDate birthDate;
	@Enumerated(EnumType.STRING)
	@KeywordField
	private Gender gender;
	@Enumerated(EnumType.STRING)
	@Column(name = "blood_type")
	private BloodType bloodType;
	@Enumerated(EnumType.STRING)
	private Religion religion;
	@Enumerated(EnumType.STRING)
	@Column(name = "marital_status")
	private MaritalStatus maritalStatus;
	private String occupation;
	private String education;
	@Enumerated(EnumType.STRING)
	private Citizenship citizenship;
	private String street;
	@KeywordField
	private String rt;
	@KeywordField
	private String rw;
	@Column(name = "kelurahan_kode")
	@KeywordField
	private String kelurahanKode;
	private String phone;
	private String email;
	@Enumerated(EnumType.STRING)
	@KeywordField
	private ResidentStatus status;
	@Column(name = "nomor_kk")
	private String nomorKk;
	@Enumerated(EnumType.STRING)
	@Column(name = "family_relationship")
	private FamilyRelationship relationship;
	@Column(name = "registered_at")
	private Instant registeredAt;

	protected Resident() {
	}

	Resident(NewResident data, Address address, Instant now) {
		nik = data.nik().value();
		fullName = data.fullName().strip();
		birthPlace = data.birthPlace().strip();
		birthDate = data.birthDate();
		gender = data.gender();
		bloodType = data.bloodType() == null ? BloodType.TIDAK_TAHU : data.bloodType();
		religion = data.religion();
		maritalStatus = data.maritalStatus();
		occupation = data.occupation();
		education = data.education();
		citizenship = data.citizenship();
		phone = data.phone();
		email = data.email();
		nomorKk = data.nomorKk().value();
		relationship = data.relationship();
		moveTo(address);
		status = ResidentStatus.HIDUP;
		registeredAt = now;
	}

	private void moveTo(Address address) {
		street = address.street();
		rt = address.rt();
		rw = address.rw();
		kelurahanKode = address.kelurahan().value();
	}

	/** A new address inside the pemda (pindah dalam daerah). */
	void relocate(Address address) {
		moveTo(address);
	}

	boolean livesAt(Address address) {
		return java.util.Objects.equals(street, address.street()) && java.util.Objects.equals(rt, address.rt())
				&& java.util.Objects.equals(rw, address.rw()) && kelurahanKode.equals(address.kelurahan().value());
	}

	void die() {
		status = ResidentStatus.MENINGGAL;
	}

	void moveOut() {
		status = ResidentStatus.PINDAH;
	}

	void marry() {
		maritalStatus = MaritalStatus.KAWIN;
	}

	void divorce() {
		maritalStatus = MaritalStatus.CERAI_HIDUP;
	}

	void widow() {
		maritalStatus = MaritalStatus.CERAI_MATI;
	}

	/**
	 * Sets one field to the value of an approved change request, already checked by
	 * {@link CorrectionRules} (canonical text, null removes an optional value). Only corrections use this.
	 */
	void correct(CorrectionField field, String value) {
		switch (field) {
			case NAME -> fullName = value;
			case BIRTH_PLACE -> birthPlace = value;
			case BIRTH_DATE -> birthDate = LocalDate.parse(value);
			case GENDER -> gender = Gender.valueOf(value);
			case BLOOD_TYPE -> bloodType = BloodType.valueOf(value);
			case RELIGION -> religion = Religion.valueOf(value);
			case MARITAL_STATUS -> maritalStatus = MaritalStatus.valueOf(value);
			case OCCUPATION -> occupation = value;
			case EDUCATION -> education = value;
			case STREET -> street = value;
			case RT -> rt = value;
			case RW -> rw = value;
			case KELURAHAN -> kelurahanKode = value;
			case PHONE -> phone = value;
			case EMAIL -> email = value;
		}
	}

	Instant registeredAt() {
		return registeredAt;
	}

	Nik nik() {
		return Nik.of(nik);
	}

	String fullName() {
		return fullName;
	}

	Gender gender() {
		return gender;
	}

	LocalDate birthDate() {
		return birthDate;
	}

	ResidentStatus status() {
		return status;
	}

	MaritalStatus maritalStatus() {
		return maritalStatus;
	}

	String nomorKk() {
		return nomorKk;
	}

	FamilyRelationship relationship() {
		return relationship;
	}

	ResidentRecord toRecord() {
		return new ResidentRecord(Nik.of(nik), fullName, birthPlace, birthDate, gender, bloodType, religion,
				maritalStatus, occupation, education, citizenship,
				new Address(street, rt, rw, KodeWilayah.of(kelurahanKode)), phone, email, status,
				nomorKk == null ? null : NomorKk.of(nomorKk), relationship);
	}

	/*
	 * The two derived fields below are terms, not numbers: a number field is searched through its points, and
	 * Lucene reads every matching document id of a points query up front (for "three words" or "born in 1985"
	 * hundreds of thousands of ids per search), while a term's postings are only advanced to the documents the
	 * name words already matched.
	 */

	/** How many words the name has, for the search's ranking (derived, not stored in the table). */
	@KeywordField(name = ResidentSearchPlan.WORD_COUNT)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "fullName")))
	String getNameWords() {
		return Integer.toString(ResidentSearchPlan.wordsOf(fullName).size());
	}

	/** The year of birth, for the search's year filter (derived, not stored in the table). */
	@KeywordField(name = ResidentSearchPlan.BIRTH_YEAR)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "birthDate")))
	String getBirthYear() {
		return birthDate == null ? null : Integer.toString(birthDate.getYear());
	}

	FamilyMember toMember() {
		return new FamilyMember(Nik.of(nik), fullName, relationship, gender, birthDate, status);
	}
}
