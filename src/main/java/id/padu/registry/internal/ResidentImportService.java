package id.padu.registry.internal;

import id.padu.audit.AuditTrail;
import id.padu.registry.internal.ResidentImportJobs.Status;
import id.padu.shared.KodeWilayah;
import id.padu.shared.TenantId;
import id.padu.shared.web.Formats;
import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import id.padu.wilayah.Wilayah;
import id.padu.wilayah.WilayahDirectory;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs imports of SIAK exports for the current tenant: the API's CSV body in the request thread, an
 * uploaded CSV or XLSX file in the background (one at a time per node, in arrival order). Every import
 * is a {@code resident_import_job} row and one {@code IMPORT} entry in the audit chain.
 */
@Component
class ResidentImportService {

	enum Kind { CSV, XLSX }

	/** What is being read and how far: the reader's part of an import. */
	interface Reading {
		void read(ResidentImportRun run, AtomicLong total, AtomicLong read) throws IOException;
	}

	private static final Logger log = LoggerFactory.getLogger(ResidentImportService.class);

	private final TenantDirectory tenants;
	private final WilayahDirectory wilayah;
	private final ResidentImportWriter writer;
	private final ResidentImportJobs jobs;
	private final AuditTrail audit;
	private final TransactionTemplate tx;
	private final Clock clock;
	private final Path uploads;
	private final ExecutorService background = Executors.newSingleThreadExecutor(work -> {
		Thread thread = new Thread(work, "resident-import");
		thread.setDaemon(true);
		return thread;
	});

	ResidentImportService(TenantDirectory tenants, WilayahDirectory wilayah, ResidentImportWriter writer,
			ResidentImportJobs jobs, AuditTrail audit, TransactionTemplate tx, Clock clock,
			@Value("${padu.data-dir}") String dataDir) {
		this.tenants = tenants;
		this.wilayah = wilayah;
		this.writer = writer;
		this.jobs = jobs;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
		this.uploads = Path.of(dataDir, "imports");
	}

	/** The API: reads the CSV body as it arrives and answers when it is all stored. */
	ResidentImportResult importCsv(InputStream body, String fileName, Long size, String startedBy) {
		String tenant = TenantContext.require().value();
		UUID id = jobs.create(tenant, fileName, "API", size, startedBy, Status.RUNNING);
		return execute(id, tenant, fileName, size, (run, total, read) ->
				ResidentImportCsv.read(new ResidentImportCounting(body, read::set), run));
	}

	/** A new, empty file for an upload, under {@code padu.data-dir}/imports. */
	Path newUploadFile() throws IOException {
		Files.createDirectories(uploads);
		return Files.createTempFile(uploads, "upload-", ".tmp");
	}

	/** Refuses the file now, before a job exists, if its first row is not the SIAK header. */
	void checkHeader(Path file, Kind kind) throws IOException {
		if (kind == Kind.CSV) {
			try (InputStream in = Files.newInputStream(file)) {
				ResidentImportRun.headerPositions(ResidentImportCsv.header(in));
			}
		} else {
			ResidentImportRun.headerPositions(ResidentImportXlsx.header(file));
		}
	}

	/** The upload page: queues the file (deleted once read) and returns the job to watch. */
	UUID startUpload(Path file, String fileName, Kind kind, String startedBy) throws IOException {
		TenantId tenant = TenantContext.require();
		long size = Files.size(file);
		UUID id = jobs.create(tenant.value(), fileName, kind.name(), kind == Kind.CSV ? size : null, startedBy,
				Status.QUEUED);
		Reading reading = kind == Kind.CSV ? (run, total, read) -> {
			try (InputStream in = new ResidentImportCounting(Files.newInputStream(file), read::set)) {
				ResidentImportCsv.read(in, run);
			}
		} : (run, total, read) -> ResidentImportXlsx.read(file, run, sheet -> {
			total.set(sheet);
			jobs.sized(tenant.value(), id, sheet);
		}, read::set);
		background.execute(new DelegatingSecurityContextRunnable(() -> TenantContext.runAs(tenant, () -> {
			try {
				execute(id, tenant.value(), fileName, size, reading);
			} catch (RuntimeException e) {
				log.info("Import {} of {} ended: {}", id, tenant.value(), e.toString());
			} finally {
				deleteQuietly(file);
			}
		})));
		return id;
	}

	private ResidentImportResult execute(UUID id, String tenant, String fileName, Long size, Reading reading) {
		AtomicLong total = new AtomicLong(-1);
		AtomicLong read = new AtomicLong();
		ResidentImportRun run = new ResidentImportRun(id, tenant, validator(tenants.get(new TenantId(tenant))), writer,
				Timestamp.from(Instant.now(clock)), r -> jobs.progress(tenant, id, Status.RUNNING, read.get(), r));
		jobs.progress(tenant, id, Status.RUNNING, 0, run);
		try {
			reading.read(run, total, read);
			ResidentImportResult result = run.finish();
			jobs.finish(tenant, id, Status.DONE, null, read.get(), run, result.errors());
			audit(id, fileName, size, run, Status.DONE);
			return result;
		} catch (ResidentImportRejected e) {
			jobs.finish(tenant, id, Status.FAILED, e.messageKey(), read.get(), run, java.util.List.of());
			throw e;
		} catch (IOException | RuntimeException e) {
			// The body stopped arriving or a batch failed: what was committed stays, recorded as such.
			log.warn("Import {} of {} stopped after {} rows", id, tenant, run.rows(), e);
			run.settle();
			jobs.finish(tenant, id, Status.FAILED, "registry.import.stopped", read.get(), run, java.util.List.of());
			audit(id, fileName, size, run, Status.FAILED);
			throw e instanceof RuntimeException r ? r : new java.io.UncheckedIOException((IOException) e);
		}
	}

	private void audit(UUID id, String fileName, Long size, ResidentImportRun run, Status status) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("fileName", fileName);
		state.put("bytes", size);
		state.put("status", status.name());
		state.put("rows", run.rows());
		state.put("imported", run.imported());
		state.put("updated", run.updated());
		state.put("rejected", run.rejected());
		tx.executeWithoutResult(s -> audit.record("IMPORT", "Resident", id.toString(), state));
	}

	/** The kelurahan of the tenant's area and a memo of known kecamatan, loaded once per import. */
	private ResidentImportValidator validator(TenantInfo tenant) {
		Set<String> kelurahan = new HashSet<>();
		Deque<KodeWilayah> open = new ArrayDeque<>();
		open.add(tenant.kodeWilayah());
		while (!open.isEmpty()) {
			KodeWilayah area = open.poll();
			if (area.level() == KodeWilayah.Level.DESA_KELURAHAN) {
				kelurahan.add(area.value());
			} else {
				wilayah.children(area).stream().map(Wilayah::kode).forEach(open::add);
			}
		}
		Map<String, Boolean> kecamatan = new HashMap<>();
		return new ResidentImportValidator(kelurahan,
				digits -> kecamatan.computeIfAbsent(digits, d -> wilayah.exists(KodeWilayah.ofKecamatanDigits(d))),
				tenant.kodeWilayah().value(), LocalDate.now(clock.withZone(Formats.JAKARTA)));
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			log.warn("Could not delete upload {}", file, e);
		}
	}

	@PreDestroy
	void stop() {
		background.shutdownNow();
	}
}
