package id.padu.identity.internal;

import id.padu.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Other systems (SIAK, banks, national apps) as OAuth2 clients. Each acts for exactly one pemda:
 * its tokens carry that tenant, and the API serves it nothing else.
 */
@Service
class ApiClients {

	static final Set<String> READ_SCOPES = Set.of("registry.read", "registry.basic", "registry.full",
			"organization.read", "services.read", "audit.read", "archive.read");

	/** Scopes that change data: life events ({@code registry.write}), the SIAK import ({@code registry.import}), filing records ({@code archive.write}). */
	static final Set<String> WRITE_SCOPES = Set.of("registry.write", "registry.import", "archive.write");

	private final RegisteredClientRepository clients;
	private final JdbcClient jdbc;
	private final PasswordEncoder encoder;

	ApiClients(RegisteredClientRepository clients, JdbcClient jdbc, PasswordEncoder encoder) {
		this.clients = clients;
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	@Transactional
	void register(String clientId, String secret, String name, TenantId tenant, Set<String> scopes) {
		clients.save(RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(clientId)
			.clientSecret(encoder.encode(secret))
			.clientName(name)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scopes(s -> s.addAll(scopes))
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(15)).build())
			.build());
		jdbc.sql("insert into api_client (client_id, tenant_id, created_at) values (?, ?, ?)")
			.params(clientId, tenant.value(), Timestamp.from(Instant.now())).update();
	}

	/**
	 * Adds scopes a client does not have yet (a demo client made by an older version); true when it
	 * changed. Never removes any.
	 */
	@Transactional
	boolean grant(String clientId, Set<String> scopes) {
		RegisteredClient client = clients.findByClientId(clientId);
		if (client == null || client.getScopes().containsAll(scopes)) {
			return false;
		}
		clients.save(RegisteredClient.from(client).scopes(s -> s.addAll(scopes)).build());
		return true;
	}

	boolean exists(String clientId) {
		return clients.findByClientId(clientId) != null;
	}

	Optional<TenantId> tenantOf(String clientId) {
		return jdbc.sql("select tenant_id from api_client where client_id = ?").param(clientId)
			.query(String.class).optional().map(TenantId::of);
	}
}
