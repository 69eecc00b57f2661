package id.padu.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

import java.util.UUID;

/**
 * Base of every tenant-owned entity. Hibernate fills {@code tenant_id} from the current tenant on
 * insert and adds it to every query, so a module that forgets a filter still cannot read another
 * pemda's rows. Ids are time-ordered UUIDs made in Java, so they are known before the insert.
 */
@MappedSuperclass
public abstract class TenantScopedEntity {

	@Id
	private UUID id = TimeOrderedUuid.next();

	@TenantId
	@Column(name = "tenant_id", nullable = false, updatable = false)
	private String tenantId;

	/**
	 * Null until the first insert, which is how Spring Data tells a new entity from a stored one: the id is made in
	 * Java and never null, so with a primitive version every save of a new entity was a merge, a SELECT by id before
	 * the INSERT.
	 */
	@Version
	private Long version;

	public UUID getId() {
		return id;
	}

	public String getTenantId() {
		return tenantId;
	}

	/** Null before the first insert (Spring Data reads it through this getter to tell new from stored). */
	public Long getVersion() {
		return version;
	}
}
