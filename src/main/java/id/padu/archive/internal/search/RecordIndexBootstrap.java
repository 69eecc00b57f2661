package id.padu.archive.internal.search;

import id.padu.archive.internal.ArchiveRecord;
import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a pemda's records in the search index when the index does not hold as many as the database: a new node
 * with an empty index directory, a restored backup, records loaded in bulk behind the application's back, or an
 * index written before the current layout (documents are counted by the {@code allText} field, which every record
 * of this layout has). Runs after the demo archive (order 60) and before the node reports itself ready.
 */
@Component
@Order(65)
class RecordIndexBootstrap implements ApplicationRunner {

	/** Above this, the rebuilt index is merged into one segment: slower to build, faster to search. */
	static final long MERGE_ABOVE = 100_000;

	private static final Logger log = LoggerFactory.getLogger(RecordIndexBootstrap.class);

	private final TenantDirectory tenants;
	private final EntityManagerFactory entityManagerFactory;
	private final JdbcClient jdbc;

	RecordIndexBootstrap(TenantDirectory tenants, EntityManagerFactory entityManagerFactory, JdbcClient jdbc) {
		this.tenants = tenants;
		this.entityManagerFactory = entityManagerFactory;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		for (TenantInfo tenant : tenants.all()) {
			String id = tenant.id().value();
			long rows = jdbc.sql("select count(*) from archive_record where tenant_id = ?").param(id)
				.query(Long.class).single();
			long indexed = TenantContext.callAs(tenant.id(), this::indexed);
			if (rows != indexed) {
				long started = System.nanoTime();
				log.info("Archive search index of {} holds {} of {} records; rebuilding", id, indexed, rows);
				Search.mapping(entityManagerFactory).scope(ArchiveRecord.class).massIndexer(id)
					.purgeAllOnStart(true)
					.threadsToLoadObjects(2)
					.batchSizeToLoadObjects(500)
					.idFetchSize(10_000)
					.mergeSegmentsOnFinish(rows > MERGE_ABOVE)
					.startAndWait();
				log.info("Archive search index of {} rebuilt: {} records in {} s", id, rows,
						(System.nanoTime() - started) / 1_000_000_000);
			}
		}
	}

	private long indexed() {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager).search(ArchiveRecord.class).where(f -> f.exists().field("allText"))
				.fetchTotalHitCount();
		}
	}
}
