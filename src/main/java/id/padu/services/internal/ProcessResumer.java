package id.padu.services.internal;

import id.padu.services.ApplicationProcesses;
import id.padu.shared.NotFoundException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.UUID;

/**
 * Lets another module finish a wait point (BPMN receive task) of an application: the process continues in
 * the caller's transaction with {@code decision} and {@code note}, and the application follows.
 */
@Service
@Transactional
class ProcessResumer implements ApplicationProcesses {

	private final ApplicationRepository applications;
	private final RuntimeService runtime;
	private final ApplicationProgress progress;
	private final Timeline timeline;

	ProcessResumer(ApplicationRepository applications, RuntimeService runtime, ApplicationProgress progress,
			Timeline timeline) {
		this.applications = applications;
		this.runtime = runtime;
		this.progress = progress;
		this.timeline = timeline;
	}

	@Override
	public void resume(UUID applicationId, String waitPoint, boolean approved, String note) {
		ServiceApplication application = applications.findById(applicationId)
			.orElseThrow(() -> new NotFoundException("services.application.notFound"));
		Decision decision = approved ? Decision.APPROVE : Decision.REJECT;
		trigger(application, waitPoint, Map.of("decision", decision.wireName(), "note", note == null ? "" : note));
		application.resumed(decision, note == null || note.isBlank() ? null : note);
		timeline.record(application.getId(), ApplicationEvent.Type.RESUMED, waitPoint, decision, note, null);
		progress.sync(application);
	}

	/** Moves the application's process on from a receive task; NotFound when it does not wait there. */
	void trigger(ServiceApplication application, String waitPoint, Map<String, Object> variables) {
		if (application.processInstanceId() == null || application.status().isFinal()) {
			throw new NotFoundException("services.application.notWaiting");
		}
		Execution waiting = runtime.createExecutionQuery().processInstanceId(application.processInstanceId())
			.activityId(waitPoint).list().stream().findFirst()
			.orElseThrow(() -> new NotFoundException("services.application.notWaiting"));
		runtime.trigger(waiting.getId(), variables);
	}
}
