package id.padu.services.internal;

import id.padu.identity.PaduUser;
import id.padu.workspace.WorkQueue;
import id.padu.workspace.WorkQueueProvider;
import org.springframework.stereotype.Component;

import java.util.List;

/** Puts the services tasks on the staff desk: how many wait for the person and how many are overdue. */
@Component
class ServicesWorkQueue implements WorkQueueProvider {

	private final TaskQueue queue;
	private final StaffGroups groups;

	ServicesWorkQueue(TaskQueue queue, StaffGroups groups) {
		this.queue = queue;
		this.groups = groups;
	}

	@Override
	public List<WorkQueue> queuesFor(PaduUser user) {
		if (user == null || groups.groups(user).isEmpty()) {
			return List.of();
		}
		List<TaskView> tasks = queue.forUser(user);
		return List.of(new WorkQueue("services.queue.label", tasks.size(), tasks.stream().filter(TaskView::overdue).count(),
				"/kantor/layanan/tugas"));
	}
}
