/**
 * Accounts, roles and sign-in for people (staff and citizens) and for other systems (OAuth2 clients).
 */
@ApplicationModule(displayName = "Identity")
package id.padu.identity;

import org.springframework.modulith.ApplicationModule;
