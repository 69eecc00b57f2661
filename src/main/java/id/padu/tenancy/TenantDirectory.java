package id.padu.tenancy;

import id.padu.shared.NotFoundException;
import id.padu.shared.TenantId;
import id.padu.tenancy.internal.TenantRepository;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks up pemda. Tenants are not tenant-owned themselves: every module may read this list.
 * <p>
 * Every request resolves its tenant, so {@link #find} keeps what it found for {@link #REMEMBERED}: a database
 * round trip per request cost a tenth of an API read's CPU. Tenants are created by migrations and start-up
 * runners and never changed by the application, so a short memory cannot show anything stale for long; tenants
 * not found are not remembered, so a new one is seen at once.
 */
@Service
public class TenantDirectory {

	static final Duration REMEMBERED = Duration.ofMinutes(5);

	private record Remembered(TenantInfo info, long until) {
	}

	private final TenantRepository tenants;
	private final Map<TenantId, Remembered> found = new ConcurrentHashMap<>();

	TenantDirectory(TenantRepository tenants) {
		this.tenants = tenants;
	}

	public List<TenantInfo> all() {
		return tenants.findAllByOrderByName().stream().map(t -> t.toInfo()).toList();
	}

	public Optional<TenantInfo> find(TenantId id) {
		long now = System.nanoTime();
		Remembered remembered = found.get(id);
		if (remembered != null && now - remembered.until() < 0) {
			return Optional.of(remembered.info());
		}
		Optional<TenantInfo> info = tenants.findById(id.value()).map(t -> t.toInfo());
		info.ifPresent(i -> found.put(id, new Remembered(i, now + REMEMBERED.toNanos())));
		return info;
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
