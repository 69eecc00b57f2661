package id.padu.services.internal;

import id.padu.identity.PaduUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The signed-in staff member's tasks: list, claim, decide. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "Work on applications: the tasks of the signed-in officer or head")
@PreAuthorize("hasAnyRole('OFFICER','HEAD','SECRETARIAT','TREASURER','HR','ARCHIVIST')")
class TasksApiController extends ProblemAnswers {

	/** A decision: approve, reject (note required) or revise (note required); passphrase for signing steps. */
	record Completion(String decision, String note, String passphrase) {
	}

	private final TaskQueue queue;
	private final TaskDecisions decisions;

	TasksApiController(TaskQueue queue, TaskDecisions decisions, MessageSource messages) {
		super(messages);
		this.queue = queue;
		this.decisions = decisions;
	}

	@GetMapping
	@Operation(summary = "Tasks for the signed-in user's roles in their OPD (unclaimed), claimed by them, and (heads) "
			+ "escalated ones: [{id, applicationId, trackingNumber, serviceCode, name, dueAt, workingDaysLeft, escalated, "
			+ "assignee, kind}], soonest due first")
	List<Map<String, Object>> mine(@AuthenticationPrincipal PaduUser user) {
		return queue.forUser(user).stream().map(TasksApiController::json).toList();
	}

	@PostMapping("/{id}/claim")
	@Operation(summary = "Claim a task so colleagues see it is taken; 409 when someone else holds it")
	Map<String, Object> claim(@PathVariable String id, @AuthenticationPrincipal PaduUser user) {
		return json(decisions.claim(user, id));
	}

	@PostMapping("/{id}/complete")
	@Operation(summary = "Decide: {decision: approve|reject|revise, note, passphrase}. reject and revise need a note "
			+ "(shown to the applicant); approving a signing step needs the head's passphrase and signs the output. "
			+ "Answers the application {id, trackingNumber, status}; 404 for a task you cannot see, 409 when someone "
			+ "else holds it, 400 for a decision that does not fit the step")
	Map<String, Object> complete(@PathVariable String id, @RequestBody Completion completion,
			@AuthenticationPrincipal PaduUser user) {
		char[] passphrase = completion.passphrase() == null ? null : completion.passphrase().toCharArray();
		return ApplicationJson.created(decisions.decide(user, id, completion.decision(), completion.note(), passphrase));
	}

	static Map<String, Object> json(TaskView task) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", task.id());
		json.put("applicationId", task.applicationId().toString());
		json.put("trackingNumber", task.trackingNumber());
		json.put("serviceCode", task.serviceCode());
		json.put("name", task.name());
		json.put("dueAt", task.dueAt().toString());
		json.put("workingDaysLeft", task.workingDaysLeft());
		json.put("escalated", task.escalated());
		json.put("assignee", task.assignee());
		json.put("kind", task.kind().category());
		return json;
	}
}
