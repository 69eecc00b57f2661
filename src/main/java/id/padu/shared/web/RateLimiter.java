package id.padu.shared.web;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed-window request counter per key (a client address, a username). Kept in memory: each node
 * limits on its own, which is enough to slow down password guessing and form spam; the account
 * lockout, which is stored in the database, is the limit that holds across nodes.
 */
public class RateLimiter {

	private record Window(long minute, AtomicInteger count) {
	}

	private final int limitPerMinute;
	private final Clock clock;
	private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

	public RateLimiter(int limitPerMinute, Clock clock) {
		this.limitPerMinute = limitPerMinute;
		this.clock = clock;
	}

	/** Counts one request for the key and says whether it is still within the limit. */
	public boolean tryAcquire(String key) {
		long minute = clock.millis() / 60_000;
		if (windows.size() > 100_000) {
			windows.values().removeIf(w -> w.minute() < minute);
		}
		Window window = windows.compute(key,
				(k, w) -> w == null || w.minute() != minute ? new Window(minute, new AtomicInteger()) : w);
		return window.count().incrementAndGet() <= limitPerMinute;
	}
}
