package id.padu.services.internal;

import id.padu.shared.persistence.TimeOrderedUuid;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * The embedded Flowable engine, set up for bundles that pemda admins upload: it shares Padu's DataSource
 * and transaction manager (Flowable's Spring Boot starter picks both up), ids are time-ordered UUIDs like
 * every other Padu id, and BPMN expressions can reach only the few steps Padu offers to bundles
 * ({@link #STEPS}), never an arbitrary Spring bean. IDM, the event registry, the async executors and
 * auto-deployment are switched off in {@code application.yml}: Padu has its own accounts, deploys bundles
 * itself per tenant, and runs every process step synchronously in the caller's transaction.
 */
@Configuration(proxyBeanMethods = false)
class ServicesEngineConfig {

	/** Name in a bundle's BPMN ({@code ${registryMove}}) to Spring bean name. */
	static final Map<String, String> STEPS = Map.of("registryMove", "registryMoveStep", "registryBirth",
			"registryBirthStep");

	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> paduEngineConfigurer(BeanFactory beans,
			@Value("${spring.datasource.url}") String databaseUrl) {
		return configuration -> {
			if (databaseUrl.startsWith("jdbc:h2:")) {
				// Padu's H2 runs in PostgreSQL mode with lower-case names: Flowable's H2 scripts use a type that mode
				// lacks and look for upper-case tables, while its PostgreSQL scripts and queries fit that mode.
				configuration.setDatabaseType("postgres");
			}
			configuration.setIdGenerator(() -> TimeOrderedUuid.next().toString());
			configuration.setBeans(new StepBeans(beans));
		};
	}

	/** A read-only map of the whitelisted steps that resolves each bean only when a process uses it. */
	private static final class StepBeans extends AbstractMap<Object, Object> {

		private final BeanFactory beans;

		StepBeans(BeanFactory beans) {
			this.beans = beans;
		}

		@Override
		public boolean containsKey(Object key) {
			return STEPS.containsKey(key);
		}

		@Override
		public Object get(Object key) {
			String bean = STEPS.get(key);
			return bean == null ? null : beans.getBean(bean);
		}

		@Override
		public Set<Entry<Object, Object>> entrySet() {
			throw new UnsupportedOperationException("Process steps are looked up by name only");
		}
	}
}
