package id.padu.operations;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.util.common.SearchException;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code searchIndex}: every full-text index can be opened and
 * measured. A damaged or unreadable index directory makes this DOWN (and the whole health DOWN),
 * which is what a load balancer should see.
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
		SearchMapping mapping = Search.mapping(entityManagerFactory);
		int indexes = 0;
		long bytes = 0;
		for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
			indexes++;
			// Only the embedded Lucene backend has local files to measure; a remote cluster answers for itself.
			try {
				bytes += entity.indexManager().unwrap(LuceneIndexManager.class).computeSizeInBytes();
			} catch (SearchException notLucene) {
				// Elasticsearch/OpenSearch backend: nothing local to measure.
			}
		}
		builder.up().withDetail("indexes", indexes).withDetail("sizeInBytes", bytes);
	}
}
