package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.FinalAction;
import id.padu.archive.internal.Retention;
import id.padu.archive.internal.RetentionRule;
import id.padu.archive.internal.RetentionSchedule;
import id.padu.classification.Classification;
import id.padu.classification.ClassificationScheme;
import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives every pemda a starting JRA from {@code archive/jra-default.csv}, after its classification scheme (order 15).
 * Only codes the pemda's scheme has (and still uses) and that have no line yet are added, so the archivist's edits
 * survive restarts. Not demo data: disposal needs a JRA from the first day.
 */
@Component
@Order(16)
class JraDefaults implements ApplicationRunner {

	static final String FILE = "archive/jra-default.csv";

	/** A line of the file. */
	record Line(String code, Retention retention, String note) {
	}

	private final TenantDirectory tenants;
	private final RetentionSchedule schedule;
	private final ClassificationScheme scheme;
	private final TransactionTemplate tx;

	JraDefaults(TenantDirectory tenants, RetentionSchedule schedule, ClassificationScheme scheme,
			TransactionTemplate tx) {
		this.tenants = tenants;
		this.schedule = schedule;
		this.scheme = scheme;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Line> lines = read();
		for (TenantInfo tenant : tenants.all()) {
			TenantContext.runAs(tenant.id(), () -> tx.executeWithoutResult(status -> {
				Set<String> present = schedule.all().stream().map(RetentionRule::classificationCode)
					.collect(Collectors.toSet());
				lines.stream().filter(l -> !present.contains(l.code()))
					.filter(l -> scheme.find(l.code()).filter(Classification::active).isPresent())
					.forEach(l -> schedule.set(l.code(), l.retention(), l.note(), "system"));
			}));
		}
	}

	static List<Line> read() {
		try {
			String text = new ClassPathResource(FILE).getContentAsString(StandardCharsets.UTF_8);
			return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split(";", 5))
				.map(p -> new Line(p[0].strip(), new Retention(Integer.parseInt(p[1].strip()),
						Integer.parseInt(p[2].strip()), FinalAction.valueOf(p[3].strip())), p[4].strip()))
				.toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
