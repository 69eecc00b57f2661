package id.padu.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may call what. Pages use form login with CSRF protection; the REST API accepts the same
 * session or a bearer token from the authorization server. Everything not listed as public
 * requires a signed-in account.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String[] PUBLIC_PAGES = { "/", "/login", "/daftar", "/daftar/**", "/lupa-sandi", "/atur-sandi",
			"/layanan/**", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
			"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
			"/swagger-ui/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, with the {id} prefix so stored hashes can move to Argon2 without a reset.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			// Session callers must send JSON, which a cross-site form cannot; bearer callers carry no cookie.
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(ex -> ex.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers(PUBLIC_PAGES).permitAll()
				.requestMatchers("/warga/**").hasRole("CITIZEN")
				.requestMatchers("/actuator/**").hasRole("ADMIN")
				.requestMatchers("/kantor/**").hasAnyRole("OFFICER", "HEAD", "SECRETARIAT", "ARCHIVIST", "TREASURER",
						"HR", "ADMIN", "AUDITOR")
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/beranda", true).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?keluar"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}
}
