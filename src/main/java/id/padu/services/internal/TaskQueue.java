package id.padu.services.internal;

import id.padu.identity.PaduUser;
import id.padu.tenancy.TenantContext;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whose work is what. A staff member sees the unclaimed tasks of their groups (role in OPD), the tasks they
 * claimed, and, as head of an OPD, its escalated tasks whoever holds them. Everything is limited to the
 * current pemda (Flowable tenant).
 */
@Service
@Transactional(readOnly = true)
class TaskQueue {

	static final int LIMIT = 500;

	private final TaskService tasks;
	private final StaffGroups groups;
	private final TaskRecordRepository records;
	private final ApplicationRepository applications;
	private final ServiceDefinitions definitions;
	private final HolidayCalendar calendar;

	TaskQueue(TaskService tasks, StaffGroups groups, TaskRecordRepository records, ApplicationRepository applications,
			ServiceDefinitions definitions, HolidayCalendar calendar) {
		this.tasks = tasks;
		this.groups = groups;
		this.records = records;
		this.applications = applications;
		this.definitions = definitions;
		this.calendar = calendar;
	}

	List<TaskView> forUser(PaduUser user) {
		Map<String, Task> found = new LinkedHashMap<>();
		List<String> mine = groups.groups(user);
		TaskQuery query = tasks.createTaskQuery().taskTenantId(tenant());
		query = mine.isEmpty() ? query.taskAssignee(user.getUsername())
				: query.or().taskCandidateGroupIn(mine).taskAssignee(user.getUsername()).endOr();
		query.listPage(0, LIMIT).forEach(t -> found.put(t.getId(), t));
		Set<String> headed = groups.headOf(user);
		if (!headed.isEmpty()) {
			List<String> escalated = records.findTop500ByEndedAtIsNullAndEscalatedAtIsNotNullAndOpdCodeIn(headed).stream()
				.map(TaskRecord::taskId).filter(id -> !found.containsKey(id)).toList();
			if (!escalated.isEmpty()) {
				tasks.createTaskQuery().taskTenantId(tenant()).taskIds(escalated).list().forEach(t -> found.put(t.getId(), t));
			}
		}
		return views(new ArrayList<>(found.values()));
	}

	/** A task of the current pemda the user may see, or empty (also for other pemda's and unknown ids). */
	Optional<Task> visible(PaduUser user, String taskId) {
		Task task = tasks.createTaskQuery().taskTenantId(tenant()).taskId(taskId).singleResult();
		if (task == null) {
			return Optional.empty();
		}
		if (user.getUsername().equals(task.getAssignee())) {
			return Optional.of(task);
		}
		List<String> mine = groups.groups(user);
		boolean candidate = tasks.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId)
			.anyMatch(group -> group != null && mine.contains(group));
		boolean escalatedToMe = records.findByTaskId(taskId)
			.filter(r -> r.isEscalated() && groups.headOf(user).contains(r.opdCode())).isPresent();
		return candidate || escalatedToMe ? Optional.of(task) : Optional.empty();
	}

	TaskView view(Task task) {
		return views(List.of(task)).get(0);
	}

	private List<TaskView> views(List<Task> list) {
		Map<String, TaskRecord> byTask = records.findByTaskIdIn(list.stream().map(Task::getId).toList()).stream()
			.collect(Collectors.toMap(TaskRecord::taskId, Function.identity()));
		Map<UUID, ServiceApplication> apps = applications.findAllById(byTask.values().stream()
				.map(TaskRecord::applicationId).collect(Collectors.toSet())).stream()
			.collect(Collectors.toMap(ServiceApplication::getId, Function.identity()));
		HolidayCalendar.Countdown countdown = calendar.countdown();
		List<TaskView> views = new ArrayList<>();
		for (Task task : list) {
			TaskRecord record = byTask.get(task.getId());
			ServiceApplication app = record == null ? null : apps.get(record.applicationId());
			if (app == null) {
				continue;
			}
			String serviceName = definitions.version(app.bundleId()).manifest().name().id();
			views.add(new TaskView(task.getId(), app.getId(), app.trackingNumber(), app.serviceCode(), serviceName,
					record.stepName(), record.kind(), record.dueAt(), countdown.remaining(record.dueAt()),
					record.isEscalated(), task.getAssignee()));
		}
		views.sort(Comparator.comparing(TaskView::dueAt).thenComparing(TaskView::trackingNumber));
		return views;
	}

	private static String tenant() {
		return TenantContext.require().value();
	}
}
