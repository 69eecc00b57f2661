package id.padu.archive.internal.records;

import id.padu.archive.internal.Filing;
import id.padu.archive.internal.PhysicalLocation;
import id.padu.archive.internal.RecordDraft;
import id.padu.shared.TenantId;
import id.padu.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * About fifty records of Kota Tangerang for the demo, across OPDs, codes, years and media: born-digital PDFs with
 * their text, paper records with their shelf and box, one TERBATAS and one RAHASIA. Filed through {@link Filing}
 * like any other record; only when the pemda has none yet.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty("padu.demo.enabled")
class DemoArchive implements ApplicationRunner {

	static final TenantId TANGERANG = TenantId.of("kota-tangerang");

	private static final Logger log = LoggerFactory.getLogger(DemoArchive.class);
	private static final String[] MONTHS = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
			"Agustus", "September", "Oktober", "November", "Desember" };

	private final Filing filing;
	private final JdbcClient jdbc;
	private final TransactionTemplate tx;

	DemoArchive(Filing filing, JdbcClient jdbc, TransactionTemplate tx) {
		this.filing = filing;
		this.jdbc = jdbc;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean present = jdbc.sql("select count(*) from tenant where id = ?").param(TANGERANG.value())
			.query(Long.class).single() > 0;
		if (!present || jdbc.sql("select count(*) from archive_record where tenant_id = ?").param(TANGERANG.value())
			.query(Long.class).single() > 0) {
			return;
		}
		List<DemoRecords.Row> rows = DemoRecords.rows();
		TenantContext.runAs(TANGERANG, () -> tx.executeWithoutResult(status -> rows.forEach(this::file)));
		int monthly = 0;
		for (String opd : List.of("disdukcapil", "dinkes", "dpmptsp")) {
			for (int month = 0; month < 6; month++) {
				DemoRecords.Row row = DemoRecords.monthly(opd, month, MONTHS[month]);
				TenantContext.runAs(TANGERANG, () -> tx.executeWithoutResult(status -> file(row)));
				monthly++;
			}
		}
		log.info("Demo archive of {}: {} records filed", TANGERANG.value(), rows.size() + monthly);
	}

	private void file(DemoRecords.Row row) {
		RecordDraft draft = new RecordDraft(row.title(), row.date(), row.code(), row.opd(), row.security(),
				row.description(), row.media(), row.media().isPhysical() ? row.pages() : null,
				row.location() == null ? PhysicalLocation.NONE : row.location(), null, null);
		List<Filing.Content> contents = row.text() == null ? List.of()
				: List.of(new Filing.Content.Upload(new ByteArrayInputStream(DemoRecords.pdf(row.title(), row.text())),
						slug(row.title()) + ".pdf"));
		filing.file(draft, contents, "arsiparis");
	}

	private static String slug(String title) {
		String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.length() > 60 ? slug.substring(0, 60) : slug;
	}

}
