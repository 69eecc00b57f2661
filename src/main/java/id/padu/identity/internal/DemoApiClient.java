package id.padu.identity.internal;

import id.padu.shared.TenantId;
import id.padu.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/**
 * The demo integration client {@value #CLIENT_ID} / {@value #SECRET} of Kota Tangerang with every
 * read scope and the registry's write scopes (life events, import), as SIAK would have. Only with demo
 * data; the prod profile refuses to start while it exists. A demo client made before a scope existed is
 * given it at the next start.
 */
@Component
@Order(31)
@ConditionalOnBooleanProperty("padu.demo.enabled")
class DemoApiClient implements ApplicationRunner {

	static final String CLIENT_ID = "demo-integrasi";
	static final String SECRET = "padu-demo-secret";

	private static final Logger log = LoggerFactory.getLogger(DemoApiClient.class);

	private final ApiClients clients;
	private final TenantDirectory tenants;

	DemoApiClient(ApiClients clients, TenantDirectory tenants) {
		this.clients = clients;
		this.tenants = tenants;
	}

	@Override
	public void run(ApplicationArguments args) {
		TenantId tangerang = TenantId.of("kota-tangerang");
		if (tenants.find(tangerang).isEmpty()) {
			return;
		}
		Set<String> scopes = new HashSet<>(ApiClients.READ_SCOPES);
		scopes.addAll(ApiClients.WRITE_SCOPES);
		if (!clients.exists(CLIENT_ID)) {
			clients.register(CLIENT_ID, SECRET, "Demo integrasi (SIAK)", tangerang, scopes);
			log.info("Demo API client {} created", CLIENT_ID);
		} else if (clients.grant(CLIENT_ID, scopes)) {
			log.info("Demo API client {} given the scopes it lacked", CLIENT_ID);
		}
	}
}
