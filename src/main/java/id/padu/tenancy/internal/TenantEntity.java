package id.padu.tenancy.internal;

import id.padu.shared.KodeWilayah;
import id.padu.shared.TenantId;
import id.padu.tenancy.TenantInfo;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "tenant")
public class TenantEntity {

	@Id
	private String id;

	private String name;

	@Column(name = "short_name")
	private String shortName;

	@Column(name = "kode_wilayah")
	private String kodeWilayah;

	/** Host names that lead to this pemda's public portal, e.g. {@code padu.tangerangkota.go.id}. */
	@ElementCollection
	@CollectionTable(name = "tenant_host", joinColumns = @JoinColumn(name = "tenant_id"))
	@Column(name = "host_name")
	private Set<String> hostNames = new HashSet<>();

	@Column(name = "created_at")
	private Instant createdAt;

	protected TenantEntity() {
	}

	public TenantEntity(TenantId id, String name, String shortName, KodeWilayah kodeWilayah, Set<String> hostNames) {
		this.id = id.value();
		this.name = name;
		this.shortName = shortName;
		this.kodeWilayah = kodeWilayah.value();
		this.hostNames = new HashSet<>(hostNames);
		this.createdAt = Instant.now();
	}

	public TenantInfo toInfo() {
		return new TenantInfo(TenantId.of(id), name, KodeWilayah.of(kodeWilayah), shortName);
	}
}
