package id.padu.shared;

/**
 * A signed-in principal that belongs to exactly one tenant. Tenant resolution reads it so that the
 * tenant always comes from the account, never from anything the client sends.
 */
public interface TenantAwarePrincipal {

	TenantId tenantId();
}
