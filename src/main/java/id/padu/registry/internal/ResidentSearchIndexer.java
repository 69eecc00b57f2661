package id.padu.registry.internal;

import id.padu.shared.TenantId;
import id.padu.tenancy.TenantContext;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Indexes residents written with plain JDBC (imports, demo data), which Hibernate Search's automatic
 * indexing cannot see. Each committed batch is loaded by NIK and indexed on one background thread, so an
 * import of millions of rows does not wait for the index; when the thread falls {@value #QUEUE} batches
 * behind, the writer indexes its own batch, which slows the import to the index's pace instead of
 * queueing without bound. A batch lost in a crash is caught up at the next start
 * ({@link ResidentSearchIndexBootstrap}).
 */
@Component
class ResidentSearchIndexer {

	static final int QUEUE = 16;

	private static final Logger log = LoggerFactory.getLogger(ResidentSearchIndexer.class);

	private final EntityManager entityManager;
	private final TransactionTemplate tx;
	private final AtomicInteger pending = new AtomicInteger();
	private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
			new ArrayBlockingQueue<>(QUEUE), r -> {
				Thread thread = new Thread(r, "resident-search-indexer");
				thread.setDaemon(true);
				return thread;
			}, new ThreadPoolExecutor.CallerRunsPolicy());

	ResidentSearchIndexer(EntityManager entityManager, PlatformTransactionManager transactions) {
		this.entityManager = entityManager;
		this.tx = new TransactionTemplate(transactions);
		// After the writer's commit its transaction is finished but still bound: work in a new one.
		this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ResidentsWritten written) {
		pending.incrementAndGet();
		executor.execute(() -> {
			try {
				index(written.tenantId(), written.niks());
			} catch (RuntimeException e) {
				log.warn("Could not index {} residents of {}; they are indexed at the next start", written.niks().size(),
						written.tenantId(), e);
			} finally {
				pending.decrementAndGet();
			}
		});
	}

	/** Waits until every batch handed over so far is indexed; false when the time ran out first. */
	boolean awaitIdle(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (pending.get() > 0) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(20);
		}
		return true;
	}

	private void index(String tenant, List<String> niks) {
		TenantContext.runAs(TenantId.of(tenant), () -> tx.executeWithoutResult(status -> {
			for (int from = 0; from < niks.size(); from += RegistryBatchWriter.BATCH) {
				List<String> chunk = niks.subList(from, Math.min(niks.size(), from + RegistryBatchWriter.BATCH));
				SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
				entityManager.createQuery("select r from Resident r where r.nik in :niks", Resident.class)
					.setParameter("niks", chunk)
					.getResultList()
					.forEach(plan::addOrUpdate);
				plan.execute();
				entityManager.clear();
			}
		}));
	}

	@PreDestroy
	void stop() throws InterruptedException {
		executor.shutdown();
		executor.awaitTermination(30, TimeUnit.SECONDS);
	}
}
