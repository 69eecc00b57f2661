package id.padu.registry.internal;

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

import java.time.Duration;

/**
 * Rebuilds a tenant's residents in the search index when the index does not hold as many as the database
 * (a new node with an empty index directory, a restored backup, rows loaded behind the application's back,
 * a batch whose indexing was lost in a crash) or holds documents of an older mapping. Runs after the demo residents (order 40) and before the
 * node reports itself ready, so no officer searches a half-built index.
 */
@Component
@Order(45)
class ResidentSearchIndexBootstrap implements ApplicationRunner {

	/** Above this, the rebuilt index is merged into one segment: slower to build, faster to search. */
	static final long MERGE_ABOVE = 100_000;

	private static final Logger log = LoggerFactory.getLogger(ResidentSearchIndexBootstrap.class);

	private final TenantDirectory tenants;
	private final EntityManagerFactory entityManagerFactory;
	private final JdbcClient jdbc;
	private final ResidentSearchIndexer indexer;

	ResidentSearchIndexBootstrap(TenantDirectory tenants, EntityManagerFactory entityManagerFactory, JdbcClient jdbc,
			ResidentSearchIndexer indexer) {
		this.tenants = tenants;
		this.entityManagerFactory = entityManagerFactory;
		this.jdbc = jdbc;
		this.indexer = indexer;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		indexer.awaitIdle(Duration.ofMinutes(10));
		for (TenantInfo tenant : tenants.all()) {
			String id = tenant.id().value();
			long rows = jdbc.sql("select count(*) from resident where tenant_id = ?").param(id).query(Long.class).single();
			long indexed = TenantContext.callAs(tenant.id(), () -> indexed(false));
			// Documents written before the newest indexed field existed are rebuilt too.
			long current = indexed == 0 ? 0 : TenantContext.callAs(tenant.id(), () -> indexed(true));
			if (rows != indexed || current != indexed) {
				long started = System.nanoTime();
				log.info("Resident search index of {} holds {} of {} residents; rebuilding", id, indexed, rows);
				Search.mapping(entityManagerFactory).scope(Resident.class).massIndexer(id)
					.purgeAllOnStart(true)
					.threadsToLoadObjects(2)
					.batchSizeToLoadObjects(1_000)
					.idFetchSize(10_000)
					.mergeSegmentsOnFinish(rows > MERGE_ABOVE)
					.startAndWait();
				log.info("Resident search index of {} rebuilt: {} residents in {} s", id, rows,
						(System.nanoTime() - started) / 1_000_000_000);
			}
		}
	}

	private long indexed(boolean current) {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager).search(Resident.class)
				.where(f -> current ? f.exists().field(ResidentSearchPlan.WORD_COUNT) : f.matchAll())
				.fetchTotalHitCount();
		}
	}
}
