/**
 * Tenants (pemda) and the resolution of the current tenant for every request, job and query.
 */
@ApplicationModule(displayName = "Tenancy")
package id.padu.tenancy;

import org.springframework.modulith.ApplicationModule;
