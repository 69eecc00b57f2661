package id.padu.admission.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The admission side of one services application, kept from the services events: only what ranking and the
 * public announcement need (the child's NIK and birth date, a masked name, path, choices, distances, score),
 * never the name or address in clear.
 */
@Entity
@Table(name = "admission_registration")
class Registration extends TenantScopedEntity {

	@Column(name = "application_id")
	private UUID applicationId;
	@Column(name = "period_id")
	private UUID periodId;
	@Column(name = "tracking_number")
	private String trackingNumber;
	@Column(name = "child_nik")
	private String childNik;
	@Column(name = "masked_name")
	private String maskedName;
	@Column(name = "birth_date")
	private LocalDate birthDate;
	@Enumerated(EnumType.STRING)
	private AdmissionPath path;
	private String choice1;
	private String choice2;
	private String choice3;
	private Long distance1;
	private Long distance2;
	private Long distance3;
	@Enumerated(EnumType.STRING)
	@Column(name = "location_precision")
	private LocationPrecision locationPrecision;
	private Integer score;
	@Enumerated(EnumType.STRING)
	private RegistrationStatus status;
	@Column(name = "submitted_at")
	private Instant submittedAt;
	@Column(name = "verified_at")
	private Instant verifiedAt;
	@Column(name = "placed_npsn")
	private String placedNpsn;
	@Column(name = "placed_rank")
	private Integer placedRank;
	private String note;

	protected Registration() {
	}

	Registration(UUID applicationId, UUID periodId, String trackingNumber, Instant submittedAt) {
		this.applicationId = applicationId;
		this.periodId = periodId;
		this.trackingNumber = trackingNumber;
		this.submittedAt = submittedAt;
		this.status = RegistrationStatus.SUBMITTED;
	}

	/** Stands for an application known only by its end; never ranked. */
	static Registration placeholder(UUID applicationId, UUID periodId, String trackingNumber, Instant at) {
		Registration registration = new Registration(applicationId, periodId, trackingNumber, at);
		registration.describe(new RegistrationData("", "-", null, AdmissionPath.ZONASI, List.of(""), Map.of(),
				LocationPrecision.NONE, null));
		return registration;
	}

	/** What the applicant chose, as it stands now (after any revision), with the distances to each choice. */
	void describe(RegistrationData data) {
		this.childNik = data.childNik();
		this.maskedName = data.maskedName();
		this.birthDate = data.birthDate();
		this.path = data.path();
		List<String> choices = data.choices();
		this.choice1 = choices.get(0);
		this.choice2 = choices.size() > 1 ? choices.get(1) : null;
		this.choice3 = choices.size() > 2 ? choices.get(2) : null;
		this.distance1 = data.distances().get(choice1);
		this.distance2 = choice2 == null ? null : data.distances().get(choice2);
		this.distance3 = choice3 == null ? null : data.distances().get(choice3);
		this.locationPrecision = data.precision();
		this.score = data.score();
	}

	void verified(Instant at) {
		this.status = RegistrationStatus.VERIFIED;
		this.verifiedAt = at;
	}

	void close(RegistrationStatus outcome, String placedAt, Integer rank, String note) {
		this.status = outcome;
		this.placedNpsn = placedAt;
		this.placedRank = rank;
		this.note = note;
	}

	Candidate candidate() {
		Map<String, Long> distances = new HashMap<>();
		List<String> choices = choices();
		Long[] all = { distance1, distance2, distance3 };
		for (int i = 0; i < choices.size(); i++) {
			if (all[i] != null) {
				distances.put(choices.get(i), all[i]);
			}
		}
		return new Candidate(applicationId, path, choices, distances, birthDate, score, submittedAt);
	}

	List<String> choices() {
		List<String> choices = new ArrayList<>();
		for (String choice : new String[] { choice1, choice2, choice3 }) {
			if (choice != null) {
				choices.add(choice);
			}
		}
		return choices;
	}

	Long distanceTo(String npsn) {
		return candidate().distanceTo(npsn);
	}

	UUID applicationId() {
		return applicationId;
	}

	UUID periodId() {
		return periodId;
	}

	String trackingNumber() {
		return trackingNumber;
	}

	String childNik() {
		return childNik;
	}

	String maskedName() {
		return maskedName;
	}

	AdmissionPath path() {
		return path;
	}

	LocationPrecision locationPrecision() {
		return locationPrecision;
	}

	Integer score() {
		return score;
	}

	RegistrationStatus status() {
		return status;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	String placedNpsn() {
		return placedNpsn;
	}

	Integer placedRank() {
		return placedRank;
	}

	String note() {
		return note;
	}
}
