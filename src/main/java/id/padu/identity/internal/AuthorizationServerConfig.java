package id.padu.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Clock;

/**
 * The OAuth2 authorization server for other systems: client credentials only, JWT access tokens
 * signed with the shared {@link SigningKeys} and carrying the client's pemda as the {@code tenant}
 * claim. Clients live in the database ({@code oauth2_registered_client} + {@code api_client}).
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfig {

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerSecurity(HttpSecurity http) throws Exception {
		http.oauth2AuthorizationServer(server -> http.securityMatcher(server.getEndpointsMatcher()))
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated());
		return http.build();
	}

	@Bean
	RegisteredClientRepository registeredClientRepository(JdbcOperations jdbc) {
		return new JdbcRegisteredClientRepository(jdbc);
	}

	/**
	 * Client-credentials tokens are self-contained JWTs that the API checks by signature alone, so
	 * nothing needs to be remembered per token (an in-memory store would only grow). Withdrawing a
	 * client ends its access within the token lifetime (15 minutes).
	 */
	@Bean
	OAuth2AuthorizationService authorizationService() {
		return new OAuth2AuthorizationService() {
			@Override
			public void save(OAuth2Authorization authorization) {
			}

			@Override
			public void remove(OAuth2Authorization authorization) {
			}

			@Override
			public OAuth2Authorization findById(String id) {
				return null;
			}

			@Override
			public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
				return null;
			}
		};
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings() {
		return AuthorizationServerSettings.builder().build();
	}

	@Bean
	JwtDecoder jwtDecoder(SigningKeys signingKeys) {
		return new RememberingJwtDecoder(OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys.verificationKeys()),
				Clock.systemUTC());
	}

	/** Every token names its pemda; a client without one gets no token at all rather than a default. */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> tenantClaim(ApiClients apiClients) {
		return context -> {
			if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
				String clientId = context.getRegisteredClient().getClientId();
				String tenant = apiClients.tenantOf(clientId)
					.orElseThrow(() -> new OAuth2AuthenticationException(
							new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT, "Client has no pemda", null)))
					.value();
				context.getClaims().claim("tenant", tenant);
			}
		};
	}
}
