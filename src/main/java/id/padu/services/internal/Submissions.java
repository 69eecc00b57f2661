package id.padu.services.internal;

import id.padu.identity.PaduUser;
import id.padu.services.ApplicationSubmitted;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.Nik;
import id.padu.shared.NotFoundException;
import id.padu.tenancy.TenantContext;
import org.flowable.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A citizen's submission in one transaction: the registry is read (logged, with the service as purpose),
 * the entered values are checked against the active version's form, the application is inserted (the
 * unique idempotency key makes a second insert fail, see {@link ApplicationIntake}), its process starts
 * and runs to its first wait, and {@link ApplicationSubmitted} is published.
 */
@Service
@Transactional
class Submissions {

	private final ServiceDefinitions definitions;
	private final ApplicantRecords applicants;
	private final FormRules rules;
	private final Fees fees;
	private final ApplicationRepository applications;
	private final TrackingNumbers trackingNumbers;
	private final HolidayCalendar calendar;
	private final RuntimeService runtime;
	private final ApplicationProgress progress;
	private final Timeline timeline;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;

	Submissions(ServiceDefinitions definitions, ApplicantRecords applicants, FormRules rules, Fees fees,
			ApplicationRepository applications, TrackingNumbers trackingNumbers, HolidayCalendar calendar,
			RuntimeService runtime, ApplicationProgress progress, Timeline timeline, ApplicationEventPublisher publisher,
			Clock clock) {
		this.definitions = definitions;
		this.applicants = applicants;
		this.rules = rules;
		this.fees = fees;
		this.applications = applications;
		this.trackingNumbers = trackingNumbers;
		this.calendar = calendar;
		this.runtime = runtime;
		this.progress = progress;
		this.timeline = timeline;
		this.publisher = publisher;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	java.util.List<ServiceApplication> mine(PaduUser user) {
		return applications.findTop100ByApplicantAccountOrderBySubmittedAtDesc(user.accountId());
	}

	@Transactional(readOnly = true)
	Optional<ServiceApplication> existing(UUID account, String idempotencyKey, String fingerprint) {
		Optional<ServiceApplication> found = applications.findByApplicantAccountAndIdempotencyKey(account, idempotencyKey);
		if (found.isPresent() && !found.get().requestSha256().equals(fingerprint)) {
			throw new BusinessRuleViolation("services.application.idempotencyConflict");
		}
		return found;
	}

	ServiceApplication submit(PaduUser user, Nik nik, String serviceCode, Map<String, ?> input, String idempotencyKey,
			String fingerprint) {
		DeployedService service = definitions.require(serviceCode);
		ServiceManifest manifest = service.manifest();
		ApplicantSnapshot applicant = applicants.read(nik, ApplicantRecords.applyPurpose(serviceCode));
		Map<String, String> values = checked(manifest, nik, input, applicant);
		Instant now = clock.instant();
		ServiceApplication application = applications.saveAndFlush(new ServiceApplication(trackingNumbers.next(),
				service.record(), nik.value(), user.accountId(), idempotencyKey, fingerprint, FormData.write(values), now,
				calendar.dueAt(now, manifest.slaWorkingDays())));
		timeline.record(application.getId(), ApplicationEvent.Type.SUBMITTED, null, null, null, null);
		Map<String, String> known = new HashMap<>(values);
		known.put("trackingNumber", application.trackingNumber());
		known.put("serviceCode", serviceCode);
		known.put("opd", manifest.opd());
		known.put("applicant", nik.value());
		Map<String, Object> variables = service.bundle().processVariables(known);
		// Padu's own steps find their application by it, whatever the expressions say.
		variables.put("applicationId", application.getId().toString());
		String instance = runtime.createProcessInstanceBuilder().processDefinitionId(service.record().processDefinitionId())
			.businessKey(application.getId().toString()).tenantId(TenantContext.require().value()).variables(variables)
			.start().getId();
		application.started(instance);
		progress.sync(application);
		publisher.publishEvent(new ApplicationSubmitted(TenantContext.require(), application.getId(),
				application.trackingNumber(), serviceCode, nik, values));
		return application;
	}

	/** The applicant fixes a returned application: checked against the version it started with, then it goes back. */
	ServiceApplication resubmit(PaduUser user, UUID id, Map<String, ?> input) {
		ServiceApplication application = applications.findById(id)
			.filter(a -> a.applicantAccount().equals(user.accountId()))
			.orElseThrow(() -> new NotFoundException("services.application.notFound"));
		if (application.status() != ApplicationStatus.NEEDS_REVISION) {
			throw new BusinessRuleViolation("services.application.notInRevision");
		}
		DeployedService service = definitions.version(application.bundleId());
		ServiceManifest manifest = service.manifest();
		ApplicantSnapshot applicant = applicants.read(Nik.of(application.applicantNik()),
				ApplicantRecords.applyPurpose(application.serviceCode()));
		Map<String, String> values = checked(manifest, Nik.of(application.applicantNik()), input, applicant);
		String execution = runtime.createExecutionQuery().processInstanceId(application.processInstanceId()).list()
			.stream().filter(e -> e.getActivityId() != null && WaitPoints.isRevision(e.getActivityId()))
			.map(e -> e.getId()).findFirst()
			.orElseThrow(() -> new BusinessRuleViolation("services.application.notInRevision"));
		application.resubmitted(FormData.write(values));
		runtime.trigger(execution, service.bundle().processVariables(values));
		timeline.record(application.getId(), ApplicationEvent.Type.RESUBMITTED, null, null, null, null);
		progress.sync(application);
		return application;
	}

	/** The form's rules, then an assessed fee's objections (someone else's tax object, say). */
	private Map<String, String> checked(ServiceManifest manifest, Nik nik, Map<String, ?> input,
			ApplicantSnapshot applicant) {
		Map<String, String> values = rules.check(manifest, input, applicant);
		List<FieldProblem> problems = fees.check(manifest, nik, values);
		if (!problems.isEmpty()) {
			throw new InvalidApplicationException(problems);
		}
		return values;
	}
}
