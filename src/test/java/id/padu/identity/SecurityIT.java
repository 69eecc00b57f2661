package id.padu.identity;

import id.padu.support.PaduIntegrationTest;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PaduIntegrationTest
@AutoConfigureMockMvc
class SecurityIT {

	@Autowired
	MockMvc mvc;

	/** High in the test profile: the whole suite signs in from 127.0.0.1 within a minute or two. */
	@Value("${padu.security.public-form-rate-per-minute}")
	int perMinute;

	@Test
	void formPostWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/daftar/kirim-ulang").param("email", "x@contoh.id").with(Web.from(Web.randomAddress())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/login").param("username", "admin").param("password", "padu-demo")
				.with(Web.from(Web.randomAddress())))
			.andExpect(status().isForbidden());
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void publicFormsAreRateLimitedPerClientAddress() throws Exception {
		String address = Web.randomAddress();
		int limit = perMinute;
		int refused = 0;
		int sent = 0;
		// A fixed one-minute window may roll over once during the loop, so allow for two windows.
		while (refused == 0 && sent <= 2 * limit + 1) {
			// Without a CSRF token Spring Security refuses quickly (403); the filter before it still counts.
			int status = mvc.perform(post("/lupa-sandi").param("username", "x").with(Web.from(address)))
				.andReturn().getResponse().getStatus();
			sent++;
			refused = status == 429 ? sent : 0;
		}
		assertThat(refused).isGreaterThan(limit);
		mvc.perform(post("/login").param("username", "x").param("password", "y").with(csrf()).with(Web.from(address)))
			.andExpect(status().isTooManyRequests());
		// Page views and other addresses are not affected.
		mvc.perform(get("/login").with(Web.from(address))).andExpect(status().isOk());
		mvc.perform(post("/login").param("username", "x").param("password", "y").with(csrf())
				.with(Web.from(Web.randomAddress())))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void tooManyRequestsShowsTheCalmErrorPage() throws Exception {
		mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 429)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/login").accept(MediaType.TEXT_HTML))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Terlalu banyak permintaan")));
	}
}
