package id.padu.tenancy;

import id.padu.shared.TenantId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;

@Configuration(proxyBeanMethods = false)
class TenancyConfig {

	@Bean
	FilterRegistrationBean<TenantResolutionFilter> tenantResolutionFilter(TenantDirectory directory,
			@Value("${padu.tenancy.default-tenant:}") String defaultTenant) {
		Optional<TenantId> fallback = defaultTenant.isBlank() ? Optional.empty() : Optional.of(TenantId.of(defaultTenant));
		var registration = new FilterRegistrationBean<>(new TenantResolutionFilter(directory, fallback));
		// Directly after Spring Security, so the signed-in account decides the tenant.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}
}
