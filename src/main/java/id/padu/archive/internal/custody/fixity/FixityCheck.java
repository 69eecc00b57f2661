package id.padu.archive.internal.custody.fixity;

import id.padu.documents.DocumentStore;
import id.padu.documents.Fixity;
import id.padu.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Re-reads every archive file of the current pemda and compares it with the SHA-256 recorded at ingest. Runs a
 * page of files per transaction, so a run over a million files holds one page in memory and no long transaction;
 * mismatches are recorded page by page and raise one alert at the end. Never repairs or rewrites a file.
 */
@Service
public class FixityCheck {

	/** What a run found. */
	public record Report(UUID runId, long checked, List<Mismatch> mismatches) {
	}

	public record Mismatch(UUID fileId, UUID recordId, String sha256, Fixity status) {
	}

	private final FixityFiles files;
	private final FixityRunRepository runs;
	private final FixityMismatchRepository mismatches;
	private final DocumentStore store;
	private final FixityAlert alert;
	private final TransactionTemplate tx;
	private final Clock clock;
	private final int pageSize;

	FixityCheck(FixityFiles files, FixityRunRepository runs, FixityMismatchRepository mismatches, DocumentStore store,
			FixityAlert alert, TransactionTemplate tx, Clock clock,
			@Value("${padu.archive.fixity.page-size:500}") int pageSize) {
		this.files = files;
		this.runs = runs;
		this.mismatches = mismatches;
		this.store = store;
		this.alert = alert;
		this.tx = tx;
		this.clock = clock;
		this.pageSize = pageSize;
	}

	/** Checks every file of the current pemda; call outside a transaction. */
	public Report run(FixityTrigger trigger, String actor) {
		UUID runId = tx.execute(s -> runs.save(new FixityRun(trigger, actor, clock.instant())).getId());
		List<Mismatch> found = new ArrayList<>();
		long checked = 0;
		UUID after = null;
		while (true) {
			UUID from = after;
			List<FileRef> page = tx.execute(s -> from == null ? files.first(PageRequest.ofSize(pageSize))
					: files.after(from, PageRequest.ofSize(pageSize)));
			if (page.isEmpty()) {
				break;
			}
			List<Mismatch> inPage = new ArrayList<>();
			for (FileRef file : page) {
				Fixity status = verify(file.sha256());
				if (status != Fixity.INTACT) {
					inPage.add(new Mismatch(file.id(), file.recordId(), file.sha256(), status));
				}
			}
			if (!inPage.isEmpty()) {
				tx.executeWithoutResult(s -> inPage.forEach(m -> mismatches.save(new FixityMismatch(runId,
						new FileRef(m.fileId(), m.recordId(), m.sha256()), m.status(), clock.instant()))));
				found.addAll(inPage);
			}
			checked += page.size();
			after = page.get(page.size() - 1).id();
		}
		long total = checked;
		tx.executeWithoutResult(s -> {
			runs.findById(runId).orElseThrow().finish(total, found.size(), clock.instant());
			if (!found.isEmpty()) {
				alert.raise(runId, found);
			}
		});
		return new Report(runId, checked, List.copyOf(found));
	}

	private Fixity verify(String sha256) {
		try {
			return store.verify(sha256);
		} catch (NotFoundException noRow) {
			// The archive row outlived the store's own row: for the archive the file is just as gone.
			return Fixity.MISSING;
		}
	}
}
