/**
 * Tamper-evident audit trail. Every change to a tenant-owned JPA entity is appended automatically to
 * the tenant's hash chain; modules that write with plain SQL or record named actions (sign-in,
 * signing, opening a record) use {@link id.padu.audit.AuditTrail}.
 */
@ApplicationModule(displayName = "Audit")
package id.padu.audit;

import org.springframework.modulith.ApplicationModule;
