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

/**
 * The demo integration client {@value #CLIENT_ID} / {@value #SECRET} of Kota Tangerang with every
 * read scope. Only with demo data; the prod profile refuses to start while it exists.
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
		if (tenants.find(tangerang).isEmpty() || clients.exists(CLIENT_ID)) {
			return;
		}
		clients.register(CLIENT_ID, SECRET, "Demo integrasi (SIAK)", tangerang, ApiClients.READ_SCOPES);
		log.info("Demo API client {} created", CLIENT_ID);
	}
}
