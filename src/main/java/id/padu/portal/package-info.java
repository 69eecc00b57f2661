/**
 * The public front door: the pemda's portal pages, open to everyone.
 */
@ApplicationModule(displayName = "Portal")
package id.padu.portal;

import org.springframework.modulith.ApplicationModule;
