package id.padu.documents.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs the {@link SigningProductionGuard} once the database is migrated and before the web server opens. */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class SigningProductionGuardConfig {

	@Bean
	SmartInitializingSingleton signingProductionGuard(SigningKeySecret secret, JdbcClient jdbc) {
		return () -> new SigningProductionGuard(secret, jdbc).check();
	}
}
