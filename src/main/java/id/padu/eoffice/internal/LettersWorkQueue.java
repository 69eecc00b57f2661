package id.padu.eoffice.internal;

import id.padu.identity.PaduUser;
import id.padu.workspace.WorkQueue;
import id.padu.workspace.WorkQueueProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Puts letters on the staff desk: to initial, to sign, and unread letters in the inbox. */
@Component
class LettersWorkQueue implements WorkQueueProvider {

	private final LetterLists lists;

	LettersWorkQueue(LetterLists lists) {
		this.lists = lists;
	}

	@Override
	public List<WorkQueue> queuesFor(PaduUser user) {
		if (user == null || !user.isStaff()) {
			return List.of();
		}
		List<WorkQueue> queues = new ArrayList<>();
		int review = lists.toReview(user.getUsername()).size();
		int sign = lists.toSign(user.getUsername()).size();
		long unread = lists.inbox(user.getUsername()).stream().filter(line -> line.readAt() == null).count();
		if (review > 0) {
			queues.add(new WorkQueue("eoffice.queue.review", review, 0, "/kantor/surat"));
		}
		if (sign > 0) {
			queues.add(new WorkQueue("eoffice.queue.sign", sign, 0, "/kantor/surat"));
		}
		if (unread > 0) {
			queues.add(new WorkQueue("eoffice.queue.inbox", unread, 0, "/kantor/surat/masuk"));
		}
		return queues;
	}
}
