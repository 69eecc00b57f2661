package id.padu.archive.internal.digitization;

import id.padu.documents.DocumentStore;
import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Reads the scans waiting for OCR, pemda by pemda, oldest first. Each record is claimed in a short transaction
 * (so several nodes share the queue), read by tesseract with no transaction open, and its result kept in another
 * short one. Without tesseract or its Indonesian model the records simply keep waiting; availability is checked
 * on every run that finds scans waiting (not on idle runs) and logged once when it changes.
 */
@Component
public class OcrWorker {

	private static final Logger log = LoggerFactory.getLogger(OcrWorker.class);
	private static final int BATCH = 20;

	private final TenantDirectory tenants;
	private final OcrQueue queue;
	private final OcrSteps steps;
	private final OcrEngine engine;
	private final Tesseract tesseract;
	private final DocumentStore store;
	private final Clock clock;
	private final boolean enabled;
	private final String node = ManagementFactory.getRuntimeMXBean().getName();
	private volatile String unavailable;

	OcrWorker(TenantDirectory tenants, OcrQueue queue, OcrSteps steps, OcrEngine engine, Tesseract tesseract,
			DocumentStore store, Clock clock, @Value("${padu.archive.ocr.enabled:true}") boolean enabled) {
		this.tenants = tenants;
		this.queue = queue;
		this.steps = steps;
		this.engine = engine;
		this.tesseract = tesseract;
		this.store = store;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Scheduled(initialDelayString = "${padu.archive.ocr.interval:PT5S}", fixedDelayString = "${padu.archive.ocr.interval:PT5S}")
	void scheduled() {
		if (enabled) {
			runOnce();
		}
	}

	/**
	 * One pass over every pemda's queue. Synchronized so a pass started by hand waits for the scheduled one.
	 *
	 * @return how many records were read (done or failed)
	 */
	public synchronized int runOnce() {
		int read = 0;
		boolean checked = false;
		for (TenantInfo tenant : tenants.all()) {
			List<UUID> waiting = TenantContext.callAs(tenant.id(), () -> queue.waiting(clock.instant(), PageRequest.of(0, BATCH)));
			if (waiting.isEmpty()) {
				continue;
			}
			// Only now: starting tesseract to ask for its languages costs a process every pass, on a busy server too.
			if (!checked && !available()) {
				return read;
			}
			checked = true;
			read += TenantContext.callAs(tenant.id(), () -> read(waiting));
		}
		return read;
	}

	/** Whether tesseract with Indonesian can run now; logs when that changes. */
	public boolean available() {
		String reason = tesseract.unavailableReason();
		if (reason != null && !reason.equals(unavailable)) {
			log.warn("OCR unavailable ({}); scans wait as 'Menunggu OCR' until it is installed", reason);
		} else if (reason == null && unavailable != null) {
			log.info("OCR available again; reading the scans that waited");
		}
		unavailable = reason;
		return reason == null;
	}

	private int read(List<UUID> waiting) {
		int read = 0;
		for (UUID recordId : waiting) {
			if (!steps.claim(recordId, node)) {
				continue;
			}
			if (!read(recordId)) {
				break;
			}
			read++;
		}
		return read;
	}

	/** False when tesseract vanished mid-run: the record goes back to the queue and this pass stops. */
	private boolean read(UUID recordId) {
		List<OcrEngine.Scan> scans = steps.scans(recordId).stream()
			.map(f -> new OcrEngine.Scan(f.sha256(), f.mediaType(), () -> store.open(f.sha256()))).toList();
		try (OcrEngine.Result result = engine.read(scans)) {
			steps.keep(recordId, node, result);
			return true;
		} catch (Tesseract.UnavailableException e) {
			steps.release(recordId, node);
			unavailable = e.getMessage();
			log.warn("OCR unavailable ({}); record {} waits", e.getMessage(), recordId);
			return false;
		} catch (IOException | RuntimeException e) {
			log.warn("OCR of record {} failed: {}", recordId, e.toString());
			steps.fail(recordId, node, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
			return true;
		}
	}
}
