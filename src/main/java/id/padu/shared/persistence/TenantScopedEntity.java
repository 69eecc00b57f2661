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

	@Version
	private long version;

	public UUID getId() {
		return id;
	}

	public String getTenantId() {
		return tenantId;
	}

	public long getVersion() {
		return version;
	}
}
