package id.padu.archive.internal.filing;

import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.ArchiveRecordRepository;
import id.padu.archive.internal.Filing;
import id.padu.archive.internal.RecordDraft;
import id.padu.shared.TenantId;
import id.padu.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Files a record for another module's event, once: events are redelivered after a crash (event publication
 * registry), so a source already filed is skipped, and a second delivery racing the first loses on the unique
 * (tenant, source module, source reference) index, which counts as done.
 */
@Component
class AutomaticFiling {

	/** Who filed it, for the record's {@code filedBy}. */
	static final String ACTOR = "sistem";

	private static final Logger log = LoggerFactory.getLogger(AutomaticFiling.class);

	private final Filing filing;
	private final ArchiveRecordRepository records;
	private final TransactionTemplate tx;

	AutomaticFiling(Filing filing, ArchiveRecordRepository records, TransactionTemplate tx) {
		this.filing = filing;
		this.records = records;
		this.tx = tx;
	}

	/**
	 * In the pemda's own transaction: the draft (with its source) and its files, built only when not filed yet;
	 * a supplier answering empty files nothing.
	 */
	void fileOnce(TenantId tenant, String module, String reference, Supplier<Optional<Filed>> what) {
		try {
			TenantContext.runAs(tenant, () -> tx.executeWithoutResult(status -> {
				if (records.findBySourceModuleAndSourceReference(module, reference).isPresent()) {
					return;
				}
				what.get().ifPresent(filed -> {
					ArchiveRecord record = filing.file(filed.draft(), filed.contents(), ACTOR);
					filed.after().accept(record);
					log.info("Filed {} {} as record {} of {}", module, reference, record.getId(), tenant.value());
				});
			}));
		} catch (DataIntegrityViolationException e) {
			log.info("{} {} was filed by a concurrent delivery", module, reference);
		}
	}

	/** What to file, and anything to do with the new record in the same transaction. */
	record Filed(RecordDraft draft, List<Filing.Content> contents, java.util.function.Consumer<ArchiveRecord> after) {

		Filed(RecordDraft draft, List<Filing.Content> contents) {
			this(draft, contents, record -> {
			});
		}
	}
}
