package id.padu.workspace;

import id.padu.identity.PaduUser;

import java.util.List;

/** Extension point: a module that gives staff work implements this to show its queues on the desk. */
public interface WorkQueueProvider {

	List<WorkQueue> queuesFor(PaduUser user);
}
