package id.padu.identity;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.concurrent.ThreadLocalRandom;

/** Request helpers: each test class calls from its own client address so rate limits never collide. */
final class Web {

	private Web() {
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	static String suffix() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
	}

	/** A valid NIK in Kecamatan Tangerang (36.71.01) with a random serial, so every test has its own. */
	static String randomNik() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "367101" + random.nextInt(10, 29) + "0890" + String.format("%04d", random.nextInt(1, 10000));
	}
}
