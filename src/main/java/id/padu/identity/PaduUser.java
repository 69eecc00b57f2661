package id.padu.identity;

import id.padu.shared.TenantAwarePrincipal;
import id.padu.shared.TenantId;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** A signed-in person. Kept in the session, so it carries ids and names, never personal records. */
public final class PaduUser implements UserDetails, CredentialsContainer, TenantAwarePrincipal {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID accountId;
	private final TenantId tenantId;
	private final String username;
	private final String displayName;
	private final Set<Role> roles;
	private final boolean enabled;
	private final Instant lockedUntil;
	private String passwordHash;

	public PaduUser(UUID accountId, TenantId tenantId, String username, String displayName, Set<Role> roles,
			boolean enabled, Instant lockedUntil, String passwordHash) {
		this.accountId = accountId;
		this.tenantId = tenantId;
		this.username = username;
		this.displayName = displayName;
		this.roles = Set.copyOf(roles);
		this.enabled = enabled;
		this.lockedUntil = lockedUntil;
		this.passwordHash = passwordHash;
	}

	public UUID accountId() {
		return accountId;
	}

	@Override
	public TenantId tenantId() {
		return tenantId;
	}

	public String displayName() {
		return displayName;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isStaff() {
		return roles.stream().anyMatch(Role::isStaff);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return lockedUntil == null || lockedUntil.isBefore(Instant.now());
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PaduUser user && user.accountId.equals(accountId);
	}

	@Override
	public int hashCode() {
		return accountId.hashCode();
	}

	@Override
	public String toString() {
		return "PaduUser[" + username + "@" + tenantId + "]";
	}
}
