package id.padu.registry.internal;

import id.padu.registry.internal.ResidentImportStore.Written;
import org.springframework.http.HttpStatus;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * One import in progress, fed row by row by a reader (CSV or XLSX): checks each row, keeps good rows
 * in a batch of {@link #BATCH} and commits it on a writer thread while the next batch is read, and
 * remembers only what a streamed import must (the NIKs seen, heads per Nomor KK, and the first
 * {@link #MAX_ERRORS} errors). Never holds the file, and never more than two batches.
 */
final class ResidentImportRun {

	static final int BATCH = 2_000;
	static final int MAX_ERRORS = 1_000;

	private final UUID id;
	private final String tenant;
	private final ResidentImportValidator validator;
	private final ResidentImportWriter writer;
	private final Timestamp now;
	private final Consumer<ResidentImportRun> progress;
	private final ResidentImportNumbers niks = new ResidentImportNumbers();
	private final ResidentImportNumbers heads = new ResidentImportNumbers();
	private List<ResidentImportRow> batch = new ArrayList<>(BATCH);
	private Future<Written> pending;
	private final List<ResidentImportError> errors = new ArrayList<>();
	private final List<ResidentImportError> rowErrors = new ArrayList<>();
	private int[] positions;
	private int columns;
	private long rows;
	private long imported;
	private long updated;
	private long rejected;
	private long errorCount;

	ResidentImportRun(UUID id, String tenant, ResidentImportValidator validator, ResidentImportWriter writer,
			Timestamp now, Consumer<ResidentImportRun> progress) {
		this.id = id;
		this.tenant = tenant;
		this.validator = validator;
		this.writer = writer;
		this.now = now;
		this.progress = progress;
	}

	/**
	 * The first row: the 14 SIAK column names, in any order, each once, nothing else. Checked before anything
	 * is written; a wrong header rejects the whole file (the API answers 422).
	 */
	void header(List<String> names) {
		positions = headerPositions(names);
		columns = names.size();
	}

	static int[] headerPositions(List<String> names) {
		List<String> header = ResidentImportValidator.HEADER;
		int[] positions = new int[header.size()];
		Arrays.fill(positions, -1);
		Set<String> unknown = new HashSet<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i) == null ? "" : names.get(i).strip().toLowerCase(Locale.ROOT);
			int at = header.indexOf(name);
			if (at < 0 || positions[at] >= 0) {
				unknown.add(name.isEmpty() ? "(" + (i + 1) + ")" : name);
			} else {
				positions[at] = i;
			}
		}
		List<String> missing = new ArrayList<>();
		for (int c = 0; c < positions.length; c++) {
			if (positions[c] < 0) {
				missing.add(header.get(c));
			}
		}
		if (!missing.isEmpty() || !unknown.isEmpty()) {
			throw new ResidentImportRejected(HttpStatus.UNPROCESSABLE_CONTENT, "registry.import.header",
					String.join(",", header), missing.isEmpty() ? "-" : String.join(", ", missing),
					unknown.isEmpty() ? "-" : String.join(", ", unknown.stream().sorted().toList()));
		}
		return positions;
	}

	/** A data row; {@code values} as they stand in the file, {@code strictWidth} for CSV (every row as wide as the header). */
	void row(long row, List<String> values, boolean strictWidth) {
		rows++;
		if (strictWidth && values.size() != columns) {
			// The usual sign of a truncated file (or a stray comma): the values cannot be told apart safely.
			reject(List.of(new ResidentImportError(row, null, "registry.import.width", values.size(), columns)));
			return;
		}
		String[] v = new String[positions.length];
		for (int c = 0; c < positions.length; c++) {
			v[c] = positions[c] < values.size() ? values.get(positions[c]) : "";
		}
		rowErrors.clear();
		ResidentImportRow checked = validator.check(row, v, rowErrors);
		if (checked != null) {
			long first = niks.putIfAbsent(checked.nik(), row);
			if (first > 0) {
				rowErrors.add(new ResidentImportError(row, "nik", "registry.import.duplicate", checked.nik(), first));
			} else if (checked.isHead()) {
				long head = heads.putIfAbsent(checked.nomorKk(), row);
				if (head > 0) {
					rowErrors.add(new ResidentImportError(row, "hubungan_keluarga", "registry.import.secondHead",
							checked.nomorKk(), head));
				}
			}
		}
		if (!rowErrors.isEmpty()) {
			reject(rowErrors);
			return;
		}
		batch.add(checked);
		if (batch.size() >= BATCH) {
			flush();
		}
	}

	/** A row the reader could not even split into values (e.g. a quote left open at the end of a truncated file). */
	void unreadable(long row, String messageKey, Object... args) {
		rows++;
		reject(List.of(new ResidentImportError(row, null, messageKey, args)));
	}

	ResidentImportResult finish() {
		flush();
		collect();
		progress.accept(this);
		return new ResidentImportResult(id, rows, imported, updated, rejected, errorCount, List.copyOf(errors));
	}

	/**
	 * After the reading failed (the client went away, a batch failed): stores the complete, checked rows
	 * already read and waits for the batch in flight, so the figures say exactly what is committed.
	 */
	void settle() {
		try {
			flush();
			collect();
		} catch (RuntimeException e) {
			pending = null;
		}
	}

	private void reject(List<ResidentImportError> found) {
		rejected++;
		errorCount += found.size();
		for (ResidentImportError e : found) {
			if (errors.size() < MAX_ERRORS) {
				errors.add(e);
			}
		}
	}

	/** Waits for the batch in flight, then hands over the current one: at most two batches are ever held. */
	private void flush() {
		collect();
		if (!batch.isEmpty()) {
			pending = writer.submit(tenant, batch, now);
			batch = new ArrayList<>(BATCH);
		}
		progress.accept(this);
	}

	private void collect() {
		if (pending == null) {
			return;
		}
		try {
			Written written = pending.get();
			imported += written.imported();
			updated += written.updated();
		} catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} finally {
			pending = null;
		}
	}

	boolean hasHeader() {
		return positions != null;
	}

	UUID id() {
		return id;
	}

	long rows() {
		return rows;
	}

	long imported() {
		return imported;
	}

	long updated() {
		return updated;
	}

	long rejected() {
		return rejected;
	}

	long errorCount() {
		return errorCount;
	}
}
