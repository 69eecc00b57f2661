package id.padu.organization.internal;

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
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Rebuilds a tenant's units and staff in the search index when the index does not hold what the database
 * holds: a new node with an empty index directory, a restored database backup, or an index lost on disk.
 * Changes made while the application runs are indexed as they are committed; this only catches up.
 */
@Component
@Order(25)
class SearchIndexBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

	private final TenantDirectory tenants;
	private final EntityManagerFactory entityManagerFactory;
	private final OrgUnitRepository units;
	private final StaffRepository staff;

	SearchIndexBootstrap(TenantDirectory tenants, EntityManagerFactory entityManagerFactory, OrgUnitRepository units,
			StaffRepository staff) {
		this.tenants = tenants;
		this.entityManagerFactory = entityManagerFactory;
		this.units = units;
		this.staff = staff;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		for (TenantInfo tenant : tenants.all()) {
			String id = tenant.id().value();
			boolean stale = TenantContext.callAs(tenant.id(), () -> units.count() != indexed(OrgUnit.class)
					|| staff.count() != indexed(Staff.class));
			if (stale) {
				log.info("Search index of {} is behind the database; rebuilding units and staff", id);
				Search.mapping(entityManagerFactory).<Object>scope(List.of(OrgUnit.class, Staff.class))
					.massIndexer(id).threadsToLoadObjects(1).purgeAllOnStart(true).startAndWait();
			}
		}
	}

	private long indexed(Class<?> type) {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager).search(type).where(f -> f.matchAll()).fetchTotalHitCount();
		}
	}
}
