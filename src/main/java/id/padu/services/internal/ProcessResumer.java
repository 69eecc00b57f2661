package id.padu.services.internal;

import id.padu.services.ApplicationProcesses;
import id.padu.shared.NotFoundException;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.engine.RepositoryService;
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
	private final RepositoryService repository;
	private final ApplicationProgress progress;
	private final Timeline timeline;

	ProcessResumer(ApplicationRepository applications, RuntimeService runtime, RepositoryService repository,
			ApplicationProgress progress, Timeline timeline) {
		this.applications = applications;
		this.runtime = runtime;
		this.repository = repository;
		this.progress = progress;
		this.timeline = timeline;
	}

	@Override
	public void resume(UUID applicationId, String waitPoint, boolean approved, String note) {
		ServiceApplication application = applications.findById(applicationId)
			.orElseThrow(() -> new NotFoundException("services.application.notFound"));
		Decision decision = approved ? Decision.APPROVE : Decision.REJECT;
		String step = trigger(application, waitPoint, Map.of("decision", decision.wireName(), "note", note == null ? "" : note));
		application.resumed(decision, note == null || note.isBlank() ? null : note);
		timeline.record(application.getId(), ApplicationEvent.Type.RESUMED, step, decision, note, null);
		progress.sync(application);
	}

	/**
	 * Moves the application's process on from a receive task; NotFound when it does not wait there. Returns the
	 * step's name in the BPMN (what the timeline shows), or its id when it has none.
	 */
	String trigger(ServiceApplication application, String waitPoint, Map<String, Object> variables) {
		if (application.processInstanceId() == null || application.status().isFinal()) {
			throw new NotFoundException("services.application.notWaiting");
		}
		Execution waiting = runtime.createExecutionQuery().processInstanceId(application.processInstanceId())
			.activityId(waitPoint).list().stream().findFirst()
			.orElseThrow(() -> new NotFoundException("services.application.notWaiting"));
		FlowElement element = repository.getBpmnModel(runtime.createProcessInstanceQuery()
			.processInstanceId(application.processInstanceId()).singleResult().getProcessDefinitionId())
			.getFlowElement(waitPoint);
		runtime.trigger(waiting.getId(), variables);
		return element == null || element.getName() == null ? waitPoint : element.getName();
	}
}
