package id.padu.services.internal;

import id.padu.services.ApplicationCompleted;
import id.padu.services.ApplicationOutcome;
import id.padu.services.ApplicationWaiting;
import id.padu.shared.Nik;
import id.padu.tenancy.TenantContext;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings an application in line with its process after every engine call (start, decision, resubmission,
 * resume, payment), in the same transaction: new user tasks get their SLA due date and a timeline line,
 * finished ones are closed, the status follows where the process waits, and an ended process completes
 * the application and publishes {@link ApplicationCompleted}; arriving at another module's wait point publishes
 * {@link ApplicationWaiting}.
 */
@Component
class ApplicationProgress {

	private final RuntimeService runtime;
	private final TaskService tasks;
	private final TaskRecordRepository taskRecords;
	private final ServiceDefinitions definitions;
	private final HolidayCalendar calendar;
	private final Timeline timeline;
	private final PaymentWait payments;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;

	ApplicationProgress(RuntimeService runtime, TaskService tasks, TaskRecordRepository taskRecords,
			ServiceDefinitions definitions, HolidayCalendar calendar, Timeline timeline, PaymentWait payments,
			ApplicationEventPublisher publisher, Clock clock) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.taskRecords = taskRecords;
		this.definitions = definitions;
		this.calendar = calendar;
		this.timeline = timeline;
		this.payments = payments;
		this.publisher = publisher;
		this.clock = clock;
	}

	void sync(ServiceApplication application) {
		Instant now = clock.instant();
		String instance = application.processInstanceId();
		List<Task> active = tasks.createTaskQuery().processInstanceId(instance).list();
		Map<String, Task> byId = active.stream().collect(Collectors.toMap(Task::getId, Function.identity()));
		List<TaskRecord> open = taskRecords.findByApplicationIdAndEndedAtIsNull(application.getId());
		Set<String> known = open.stream().map(TaskRecord::taskId).collect(Collectors.toSet());
		open.stream().filter(r -> !byId.containsKey(r.taskId())).forEach(r -> r.end(now));
		ServiceManifest manifest = definitions.version(application.bundleId()).manifest();
		for (Task task : active) {
			if (!known.contains(task.getId())) {
				StepKind kind = StepKind.ofCategory(task.getCategory()).orElse(StepKind.APPROVE);
				taskRecords.save(new TaskRecord(task.getId(), application.getId(), task.getTaskDefinitionKey(),
						task.getName() == null ? task.getTaskDefinitionKey() : task.getName(), kind, application.opdCode(),
						now, calendar.dueAt(now, manifest.slaOf(task.getTaskDefinitionKey()))));
				timeline.record(application.getId(), ApplicationEvent.Type.STEP_STARTED, task.getName(), null, null, null);
			}
		}
		if (runtime.createProcessInstanceQuery().processInstanceId(instance).count() == 0) {
			complete(application, now);
		} else if (!active.isEmpty()) {
			application.moveTo(application.hasDecision() ? ApplicationStatus.IN_PROGRESS : ApplicationStatus.SUBMITTED);
		} else {
			waiting(application, manifest);
		}
	}

	private void waiting(ServiceApplication application, ServiceManifest manifest) {
		Set<String> points = runtime.createExecutionQuery().processInstanceId(application.processInstanceId()).list()
			.stream().map(Execution::getActivityId).filter(id -> id != null).collect(Collectors.toSet());
		if (points.stream().anyMatch(WaitPoints::isRevision)) {
			application.moveTo(ApplicationStatus.NEEDS_REVISION);
		} else if (points.stream().anyMatch(WaitPoints::isPayment)) {
			application.moveTo(ApplicationStatus.AWAITING_PAYMENT);
			payments.billIfNeeded(application, manifest);
		} else if (application.status() != ApplicationStatus.WAITING) {
			application.moveTo(ApplicationStatus.WAITING);
			points.forEach(point -> publisher.publishEvent(new ApplicationWaiting(TenantContext.require(),
					application.getId(), application.trackingNumber(), application.serviceCode(),
					Nik.of(application.applicantNik()), point, FormData.read(application.data()))));
		}
	}

	private void complete(ServiceApplication application, Instant now) {
		if (application.status().isFinal()) {
			return;
		}
		application.complete(now);
		ApplicationOutcome outcome = application.status() == ApplicationStatus.APPROVED ? ApplicationOutcome.APPROVED
				: ApplicationOutcome.REJECTED;
		timeline.record(application.getId(), ApplicationEvent.Type.COMPLETED, null, null, null, null);
		publisher.publishEvent(new ApplicationCompleted(TenantContext.require(), application.getId(),
				application.trackingNumber(), application.serviceCode(), Nik.of(application.applicantNik()), outcome,
				outcome == ApplicationOutcome.APPROVED ? application.issuedDocumentId() : null));
	}
}
