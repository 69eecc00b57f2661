package id.padu.tenancy;

import id.padu.shared.TenantId;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant the current thread works for. Web requests get it from the signed-in account (or the
 * host name on public pages); jobs and start-up code set it explicitly with {@link #callAs}.
 */
public final class TenantContext {

	private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

	private TenantContext() {
	}

	public static Optional<TenantId> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	public static TenantId require() {
		TenantId tenant = CURRENT.get();
		if (tenant == null) {
			throw new IllegalStateException("No tenant is set for this thread");
		}
		return tenant;
	}

	public static <T> T callAs(TenantId tenant, Supplier<T> work) {
		TenantId previous = CURRENT.get();
		CURRENT.set(tenant);
		try {
			return work.get();
		} finally {
			restore(previous);
		}
	}

	public static void runAs(TenantId tenant, Runnable work) {
		callAs(tenant, () -> {
			work.run();
			return null;
		});
	}

	static void set(TenantId tenant) {
		CURRENT.set(tenant);
	}

	static void clear() {
		CURRENT.remove();
	}

	private static void restore(TenantId previous) {
		if (previous == null) {
			CURRENT.remove();
		} else {
			CURRENT.set(previous);
		}
	}
}
