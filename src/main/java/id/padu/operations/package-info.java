/**
 * Operations: health checks that Spring Boot does not bring by itself. Endpoints, metrics, logging
 * and shutdown are configured in {@code application.yml}; {@code docs/operations.md} explains them.
 */
@ApplicationModule(displayName = "Operations")
package id.padu.operations;

import org.springframework.modulith.ApplicationModule;
