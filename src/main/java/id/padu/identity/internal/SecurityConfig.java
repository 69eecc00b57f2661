package id.padu.identity.internal;

import id.padu.shared.web.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.time.Clock;

/**
 * Who may call what. Pages use form login with CSRF protection; the REST API accepts the same
 * session or a bearer token from the authorization server ({@link AuthorizationServerConfig}).
 * Everything not listed as public requires a signed-in account.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String[] PUBLIC_PAGES = { "/", "/login", "/daftar", "/daftar/**", "/lupa-sandi", "/lupa-sandi/**",
			"/atur-sandi", "/atur-sandi/**", "/layanan/**", "/lacak", "/lacak/**", "/verifikasi", "/verifikasi/**",
			"/pengumuman-spmb", "/pengumuman-spmb/**",
			"/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
			"/favicon.ico", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
			"/swagger-ui.html", "/swagger-ui/**" };

	/**
	 * API endpoints anyone may call: the service catalog, tracking by number (no personal data), the
	 * bank's payment callback, which proves itself with an HMAC signature instead of a session or token, and the
	 * verification of a signed document by the random code printed under its QR code.
	 */
	static final String[] PUBLIC_API = { "/api/v1/services", "/api/v1/services/*", "/api/v1/applications/track/*",
			"/api/v1/payments/callback", "/api/v1/documents/verify/*" };

	static final String[] STAFF_ROLES = { "OFFICER", "HEAD", "SECRETARIAT", "ARCHIVIST", "TREASURER", "HR", "ADMIN",
			"AUDITOR" };

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, with the {id} prefix so stored hashes can move to Argon2 without a reset.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * No observation per security filter, authentication and authorization: they cost about a fifth of the CPU of an
	 * API read (JFR under the NIK look-up benchmark). Request metrics ({@code http.server.requests}) stay.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Sign-in successes and failures become events: {@link LoginAttempts} counts them for the lockout. A bearer
	 * token's success is not published: nothing listens for it, and one event per API call went through the
	 * event publication registry's multicaster (about 2 % of a NIK look-up's request CPU, JFR).
	 */
	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
		return new AuthenticationEventPublisher() {
			@Override
			public void publishAuthenticationSuccess(Authentication authentication) {
				if (!(authentication instanceof JwtAuthenticationToken)) {
					events.publishAuthenticationSuccess(authentication);
				}
			}

			@Override
			public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
				events.publishAuthenticationFailure(exception, authentication);
			}
		};
	}

	@Bean
	FilterRegistrationBean<PublicFormRateLimitFilter> publicFormRateLimitFilter(Clock clock,
			@Value("${padu.security.public-form-rate-per-minute:20}") int perMinute) {
		var registration = new FilterRegistrationBean<>(new PublicFormRateLimitFilter(new RateLimiter(perMinute, clock)));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**", "/actuator/prometheus")
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/actuator/prometheus").hasAnyAuthority("ROLE_ADMIN", "SCOPE_metrics.read")
				.requestMatchers(PUBLIC_API).permitAll()
				.anyRequest().authenticated())
			// Only requests a foreign HTML form could forge need the token (see ApiCsrfPolicy).
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(new ApiCsrfPolicy()))
			.oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults())
				.bearerTokenResolver(new HeaderBearerTokenResolver())
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
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
				.requestMatchers("/kantor/akun", "/kantor/akun/**").hasRole("ADMIN")
				.requestMatchers("/kantor/**").hasAnyRole(STAFF_ROLES)
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/beranda", true).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?keluar"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}
}
