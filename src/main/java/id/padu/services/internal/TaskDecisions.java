package id.padu.services.internal;

import id.padu.identity.PaduUser;
import id.padu.shared.NotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.Map;

/**
 * Claiming and deciding tasks. Only a task the user may see ({@link TaskQueue#visible}) can be touched; a
 * task claimed by someone else is refused (409). A decision must fit the step; rejecting or sending back
 * needs a note for the applicant; approving a signing step prepares the output's values, lets the process
 * move on through its steps (which may record results the output names, such as a newborn's NIK) and then
 * signs with the head's passphrase. The decision, the process moving on, the signed output and the
 * application's new state commit together, or nothing does.
 */
@Service
@Transactional
class TaskDecisions {

	static final int NOTE_MAX = 1000;

	private final TaskQueue queue;
	private final TaskService tasks;
	private final ApplicationRepository applications;
	private final ServiceDefinitions definitions;
	private final OutputSigning signing;
	private final ApplicationProgress progress;
	private final Timeline timeline;

	TaskDecisions(TaskQueue queue, TaskService tasks, ApplicationRepository applications, ServiceDefinitions definitions,
			OutputSigning signing, ApplicationProgress progress, Timeline timeline) {
		this.queue = queue;
		this.tasks = tasks;
		this.applications = applications;
		this.definitions = definitions;
		this.signing = signing;
		this.progress = progress;
		this.timeline = timeline;
	}

	TaskView claim(PaduUser user, String taskId) {
		Task task = workable(user, taskId);
		if (task.getAssignee() == null) {
			tasks.claim(taskId, user.getUsername());
		}
		return queue.view(queue.visible(user, taskId).orElseThrow());
	}

	ServiceApplication decide(PaduUser user, String taskId, String decisionName, String note, char[] passphrase) {
		Task task = workable(user, taskId);
		StepKind kind = StepKind.ofCategory(task.getCategory()).orElse(StepKind.APPROVE);
		Decision decision = Decision.of(decisionName == null ? "" : decisionName)
			.filter(kind.decisions()::contains)
			.orElseThrow(() -> new InvalidDecisionException("services.task.decisionNotAllowed", decisionName));
		String cleanNote = note == null || note.isBlank() ? null : note.strip();
		if (decision != Decision.APPROVE && cleanNote == null) {
			throw new InvalidDecisionException("services.task.noteRequired");
		}
		if (cleanNote != null && cleanNote.length() > NOTE_MAX) {
			throw new InvalidDecisionException("services.task.noteTooLong", NOTE_MAX);
		}
		ServiceApplication application = applications.findByProcessInstanceId(task.getProcessInstanceId())
			.orElseThrow(() -> new NotFoundException("services.task.notFound"));
		OutputDocument.Prepared output = null;
		if (kind == StepKind.SIGN && decision == Decision.APPROVE) {
			if (passphrase == null || passphrase.length == 0) {
				throw new InvalidDecisionException("services.task.passphraseRequired");
			}
			output = signing.prepare(application, definitions.version(application.bundleId()).bundle());
		}
		try {
			if (task.getAssignee() == null) {
				tasks.claim(taskId, user.getUsername());
			}
			application.decided(decision, cleanNote);
			Map<String, Object> variables = new HashMap<>();
			variables.put("decision", decision.wireName());
			variables.put("note", cleanNote == null ? "" : cleanNote);
			tasks.complete(taskId, variables);
		} catch (FlowableOptimisticLockingException e) {
			throw new TaskConflictException("services.task.changed");
		}
		if (output != null) {
			application.issued(signing.sign(output, application, user, passphrase));
		}
		timeline.record(application.getId(), ApplicationEvent.Type.STEP_DECIDED, task.getName(), decision, cleanNote,
				user.displayName());
		progress.sync(application);
		return application;
	}

	private Task workable(PaduUser user, String taskId) {
		Task task = queue.visible(user, taskId).orElseThrow(() -> new NotFoundException("services.task.notFound"));
		if (task.getAssignee() != null && !task.getAssignee().equals(user.getUsername())) {
			throw new TaskConflictException("services.task.claimedByOther");
		}
		return task;
	}
}
