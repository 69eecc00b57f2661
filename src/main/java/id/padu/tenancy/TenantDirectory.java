package id.padu.tenancy;

import id.padu.shared.NotFoundException;
import id.padu.shared.TenantId;
import id.padu.tenancy.internal.TenantRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Looks up pemda. Tenants are not tenant-owned themselves: every module may read this list. */
@Service
@Transactional(readOnly = true)
public class TenantDirectory {

	private final TenantRepository tenants;

	TenantDirectory(TenantRepository tenants) {
		this.tenants = tenants;
	}

	public List<TenantInfo> all() {
		return tenants.findAllByOrderByName().stream().map(t -> t.toInfo()).toList();
	}

	public Optional<TenantInfo> find(TenantId id) {
		return tenants.findById(id.value()).map(t -> t.toInfo());
	}

	public TenantInfo get(TenantId id) {
		return find(id).orElseThrow(() -> new NotFoundException("tenant.unknown"));
	}

	public Optional<TenantInfo> findByHost(String host) {
		return tenants.findByHostName(host.toLowerCase()).map(t -> t.toInfo());
	}

	/** The tenant of the signed-in user or, on public pages, of the host name. */
	public TenantInfo current() {
		return get(TenantContext.require());
	}
}
