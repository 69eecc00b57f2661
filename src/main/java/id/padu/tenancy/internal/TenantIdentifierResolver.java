package id.padu.tenancy.internal;

import id.padu.tenancy.TenantContext;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Feeds the current tenant to Hibernate's {@code @TenantId} discriminator. Without a tenant the
 * answer is a value no row carries: reads find nothing, and inserts fail on the foreign key to
 * {@code tenant}, so code that forgot to set a tenant fails loudly instead of leaking.
 */
@Component
class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String>, HibernatePropertiesCustomizer {

	static final String NO_TENANT = "-";

	@Override
	public String resolveCurrentTenantIdentifier() {
		return TenantContext.current().map(t -> t.value()).orElse(NO_TENANT);
	}

	@Override
	public boolean validateExistingCurrentSessions() {
		return true;
	}

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		hibernateProperties.put(AvailableSettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
	}
}
