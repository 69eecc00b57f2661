package id.padu.classification.internal;

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
 * Gives every pemda the national scheme (Permendagri 83/2022). Not demo data: a pemda classifies its letters
 * and records from its first day. Only codes the pemda does not have are added, so its own additions, renames
 * and retirements survive restarts, and a pemda seeded from an older, shorter file receives the codes added
 * to the file since (codes are never deleted, so a missing national code was never there).
 */
@Component
@Order(15)
class NationalClassificationScheme implements ApplicationRunner {

	static final String FILE = "classification/permendagri-83-2022.csv";

	private final TenantDirectory tenants;
	private final ClassificationCodeRepository codes;
	private final TransactionTemplate tx;

	NationalClassificationScheme(TenantDirectory tenants, ClassificationCodeRepository codes, TransactionTemplate tx) {
		this.tenants = tenants;
		this.codes = codes;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (TenantInfo tenant : tenants.all()) {
			TenantContext.runAs(tenant.id(), () -> tx.executeWithoutResult(status -> {
				Set<String> present = codes.findAll().stream().map(ClassificationCode::code).collect(Collectors.toSet());
				codes.saveAll(read().stream().filter(c -> !present.contains(c.code())).toList());
			}));
		}
	}

	static List<ClassificationCode> read() {
		try {
			String text = new ClassPathResource(FILE).getContentAsString(StandardCharsets.UTF_8);
			return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split(";", 2))
				.map(p -> new ClassificationCode(p[0].strip(), p[1].strip(), ClassificationCode.parentOf(p[0].strip())))
				.toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
