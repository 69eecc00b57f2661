package id.padu.services.internal;

import id.padu.identity.Role;
import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.flowable.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Escalates overdue tasks to the head of their OPD: a scheduled check (not BPMN timers) because due dates
 * are counted in working days against each pemda's holiday calendar, which its admin may change at any
 * time. The head's group becomes a candidate of the task, the task is marked escalated on both desks, and
 * the application's timeline says so. Safe to run on every node: a task is escalated once.
 */
@Component
class Escalation {

	private static final Logger log = LoggerFactory.getLogger(Escalation.class);

	private final TenantDirectory tenants;
	private final TaskRecordRepository records;
	private final TaskService tasks;
	private final Timeline timeline;
	private final TransactionTemplate tx;
	private final Clock clock;

	Escalation(TenantDirectory tenants, TaskRecordRepository records, TaskService tasks, Timeline timeline,
			TransactionTemplate tx, Clock clock) {
		this.tenants = tenants;
		this.records = records;
		this.tasks = tasks;
		this.timeline = timeline;
		this.tx = tx;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${padu.services.escalation-interval:PT5M}",
			fixedDelayString = "${padu.services.escalation-interval:PT5M}")
	void escalateAll() {
		for (TenantInfo tenant : tenants.all()) {
			int escalated = TenantContext.callAs(tenant.id(), this::escalateOverdue);
			if (escalated > 0) {
				log.info("Escalated {} overdue task(s) of {}", escalated, tenant.id());
			}
		}
	}

	/** Escalates the current pemda's overdue tasks; returns how many. */
	int escalateOverdue() {
		Integer count = tx.execute(status -> {
			Instant now = clock.instant();
			List<TaskRecord> overdue = records.findTop500ByEndedAtIsNullAndEscalatedAtIsNullAndDueAtBefore(now);
			for (TaskRecord record : overdue) {
				if (tasks.createTaskQuery().taskId(record.taskId()).count() == 0) {
					record.end(now);
					continue;
				}
				tasks.addCandidateGroup(record.taskId(), new TaskGroup(Role.HEAD, record.opdCode()).value());
				record.escalate(now);
				timeline.record(record.applicationId(), ApplicationEvent.Type.ESCALATED, record.stepName(), null, null, null);
			}
			return overdue.size();
		});
		return count == null ? 0 : count;
	}
}
