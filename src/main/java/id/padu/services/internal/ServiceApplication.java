package id.padu.services.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A citizen's application (permohonan) for one service, on the bundle version it was started with. It keeps
 * only what the applicant entered ({@code data}, JSON by field name) and the applicant's NIK: registry data
 * is read again, with a purpose, whenever someone needs it. {@code stepResults} (JSON) holds what Padu's
 * steps made, such as the NIK the registry issued to a newborn.
 */
@Entity
@Table(name = "service_application")
class ServiceApplication extends TenantScopedEntity {

	@Column(name = "tracking_number")
	private String trackingNumber;
	@Column(name = "bundle_id")
	private UUID bundleId;
	@Column(name = "service_code")
	private String serviceCode;
	@Column(name = "opd_code")
	private String opdCode;
	@Column(name = "applicant_nik")
	private String applicantNik;
	@Column(name = "applicant_account")
	private UUID applicantAccount;
	@Column(name = "idempotency_key")
	private String idempotencyKey;
	@Column(name = "request_sha256")
	private String requestSha256;
	@Column(length = 20000)
	private String data;
	@Enumerated(EnumType.STRING)
	private ApplicationStatus status;
	@Column(name = "process_instance_id")
	private String processInstanceId;
	@Column(name = "last_decision")
	private String lastDecision;
	private String note;
	@Column(name = "issued_document_id")
	private UUID issuedDocumentId;
	@Column(name = "bill_id")
	private UUID billId;
	@Column(name = "due_at")
	private Instant dueAt;
	@Column(name = "submitted_at")
	private Instant submittedAt;
	@Column(name = "completed_at")
	private Instant completedAt;
	@Column(name = "step_results", length = 2000)
	private String stepResults;

	protected ServiceApplication() {
	}

	ServiceApplication(String trackingNumber, BundleRecord bundle, String applicantNik, UUID applicantAccount,
			String idempotencyKey, String requestSha256, String data, Instant submittedAt, Instant dueAt) {
		this.trackingNumber = trackingNumber;
		this.bundleId = bundle.getId();
		this.serviceCode = bundle.code();
		this.opdCode = bundle.opdCode();
		this.applicantNik = applicantNik;
		this.applicantAccount = applicantAccount;
		this.idempotencyKey = idempotencyKey;
		this.requestSha256 = requestSha256;
		this.data = data;
		this.status = ApplicationStatus.SUBMITTED;
		this.submittedAt = submittedAt;
		this.dueAt = dueAt;
	}

	void started(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void decided(Decision decision, String note) {
		this.lastDecision = decision.wireName();
		if (decision != Decision.APPROVE) {
			this.note = note;
		}
	}

	/**
	 * Another module finished a wait point: its note is for the applicant whatever the decision (e.g. the school
	 * an admission placed the child in), unlike an officer's approval, whose note stays in the timeline.
	 */
	void resumed(Decision decision, String note) {
		this.lastDecision = decision.wireName();
		this.note = note;
	}

	boolean hasDecision() {
		return lastDecision != null;
	}

	void resubmitted(String data) {
		this.data = data;
		this.note = null;
	}

	void moveTo(ApplicationStatus status) {
		this.status = status;
	}

	void complete(Instant at) {
		this.status = Decision.REJECT.wireName().equals(lastDecision) ? ApplicationStatus.REJECTED
				: ApplicationStatus.APPROVED;
		this.completedAt = at;
	}

	void issued(UUID documentId) {
		this.issuedDocumentId = documentId;
	}

	void recordResult(String key, String value) {
		Map<String, String> results = results();
		results.put(key, value);
		this.stepResults = FormData.write(results);
	}

	/** What the process's steps recorded, by key such as {@code birth.nik}; empty when nothing. */
	Map<String, String> results() {
		return stepResults == null ? new LinkedHashMap<>() : FormData.read(stepResults);
	}

	void billed(UUID billId) {
		this.billId = billId;
	}

	String trackingNumber() {
		return trackingNumber;
	}

	UUID bundleId() {
		return bundleId;
	}

	String serviceCode() {
		return serviceCode;
	}

	String opdCode() {
		return opdCode;
	}

	String applicantNik() {
		return applicantNik;
	}

	UUID applicantAccount() {
		return applicantAccount;
	}

	String requestSha256() {
		return requestSha256;
	}

	String data() {
		return data;
	}

	ApplicationStatus status() {
		return status;
	}

	String processInstanceId() {
		return processInstanceId;
	}

	String note() {
		return note;
	}

	UUID issuedDocumentId() {
		return issuedDocumentId;
	}

	UUID billId() {
		return billId;
	}

	Instant dueAt() {
		return dueAt;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	Instant completedAt() {
		return completedAt;
	}
}
