package id.padu.identity.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Runs the {@link ProductionGuard} once the database is migrated and before the web server opens. */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionGuardConfig {

	@Bean
	SmartInitializingSingleton productionGuard(@Value("${padu.demo.enabled:false}") boolean demoEnabled,
			JdbcClient jdbc, PasswordEncoder encoder) {
		return () -> new ProductionGuard(demoEnabled, jdbc, encoder).check();
	}
}
