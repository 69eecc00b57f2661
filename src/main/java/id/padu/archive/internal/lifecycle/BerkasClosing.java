package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.ArchiveStage;
import id.padu.archive.internal.Berkas;
import id.padu.archive.internal.RetentionRule;
import id.padu.archive.internal.RetentionSchedule;
import id.padu.shared.web.Formats;
import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Closes, daily at 01:00 WIB, every open AKTIF berkas whose records all belong to a year that ended: on 31 December
 * of its latest record's year (its opening year when it has none), with the JRA line of its code as it stands
 * then. A berkas whose code has no JRA line (nor a parent's) stays open and is listed as a problem.
 */
@Component
public class BerkasClosing {

	/** An open berkas of an ended year that could not be closed. */
	public record Problem(UUID berkasId, String berkasNumber, String title, String classificationCode, int year) {
	}

	/** What one run did. */
	public record Outcome(int closed, List<Problem> problems) {
	}

	private static final Logger log = LoggerFactory.getLogger(BerkasClosing.class);

	private final LifecycleQueries queries;
	private final RetentionSchedule schedule;
	private final TenantDirectory tenants;
	private final TransactionTemplate tx;
	private final Clock clock;

	BerkasClosing(LifecycleQueries queries, RetentionSchedule schedule, TenantDirectory tenants,
			TransactionTemplate tx, Clock clock) {
		this.queries = queries;
		this.schedule = schedule;
		this.tenants = tenants;
		this.tx = tx;
		this.clock = clock;
	}

	@Scheduled(cron = "${padu.archive.closing.cron:0 0 1 * * *}", zone = "Asia/Jakarta")
	void closeDaily() {
		LocalDate today = LocalDate.now(clock.withZone(Formats.JAKARTA));
		for (TenantInfo tenant : tenants.all()) {
			Outcome outcome = TenantContext.callAs(tenant.id(), () -> tx.execute(status -> close(today)));
			if (outcome.closed() + outcome.problems().size() > 0) {
				log.info("Berkas closing for {}: {} closed, {} without a JRA line", tenant.id(), outcome.closed(),
						outcome.problems().size());
			}
		}
	}

	/** Closes the current pemda's berkas of years before {@code today}'s. */
	@Transactional
	public Outcome close(LocalDate today) {
		int closed = 0;
		List<Problem> problems = new ArrayList<>();
		Map<Berkas, Integer> ended = ended(today);
		Map<String, Optional<RetentionRule>> rules = rulesOf(ended.keySet());
		for (Map.Entry<Berkas, Integer> entry : ended.entrySet()) {
			Berkas b = entry.getKey();
			Optional<RetentionRule> rule = rules.get(b.classificationCode());
			if (rule.isEmpty()) {
				problems.add(problem(b, entry.getValue()));
				continue;
			}
			b.close(LocalDate.of(entry.getValue(), 12, 31), rule.get().retention());
			closed++;
		}
		return new Outcome(closed, problems);
	}

	/** The berkas the next run cannot close, for the due page. */
	@Transactional(readOnly = true)
	public List<Problem> problems(LocalDate today) {
		Map<Berkas, Integer> ended = ended(today);
		Map<String, Optional<RetentionRule>> rules = rulesOf(ended.keySet());
		return ended.entrySet().stream().filter(e -> rules.get(e.getKey().classificationCode()).isEmpty())
			.map(e -> problem(e.getKey(), e.getValue())).toList();
	}

	/**
	 * The JRA line of each code, looked up once per code and before any berkas changes: every query flushes, and a
	 * flush checks each loaded berkas, so a lookup per berkas made closing 10,000 berkas take eleven minutes.
	 */
	private Map<String, Optional<RetentionRule>> rulesOf(Collection<Berkas> berkas) {
		Map<String, Optional<RetentionRule>> rules = new HashMap<>();
		for (Berkas b : berkas) {
			rules.computeIfAbsent(b.classificationCode(), schedule::ruleFor);
		}
		return rules;
	}

	/** Open AKTIF berkas whose last year ended before today's year, with that year. */
	private Map<Berkas, Integer> ended(LocalDate today) {
		List<Berkas> open = queries.open(ArchiveStage.AKTIF);
		Map<UUID, LocalDate> latest = new HashMap<>();
		if (!open.isEmpty()) {
			for (Object[] row : queries.latestRecordDatesOfOpen(ArchiveStage.AKTIF)) {
				latest.put((UUID) row[0], (LocalDate) row[1]);
			}
		}
		Map<Berkas, Integer> ended = new LinkedHashMap<>();
		for (Berkas b : open) {
			LocalDate last = latest.getOrDefault(b.getId(), b.openedOn());
			int year = Math.max(last.getYear(), b.openedOn().getYear());
			if (year < today.getYear()) {
				ended.put(b, year);
			}
		}
		return ended;
	}

	private static Problem problem(Berkas b, int year) {
		return new Problem(b.getId(), b.berkasNumber(), b.title(), b.classificationCode(), year);
	}
}
