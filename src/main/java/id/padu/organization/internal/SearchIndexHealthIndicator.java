package id.padu.organization.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code searchIndex}: UP when the search backend answers a trivial query. Runs without a tenant, so it
 * counts nothing of anyone's and reveals nothing; all it proves is that the index can be read.
 */
@Component("searchIndex")
class SearchIndexHealthIndicator extends AbstractHealthIndicator {

	private final EntityManagerFactory entityManagerFactory;

	SearchIndexHealthIndicator(EntityManagerFactory entityManagerFactory) {
		super("Search index check failed");
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			Search.session(entityManager).search(OrgUnit.class).where(f -> f.matchAll()).fetchTotalHitCount();
		}
		builder.up().withDetail("backend", "lucene");
	}
}
