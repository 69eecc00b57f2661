package id.padu.identity;

import java.util.List;
import java.util.Optional;

/** Staff accounts of the current pemda by role, for modules that act for people in a role (certificates for heads). */
public interface StaffAccounts {

	/** Usernames of the current pemda's enabled staff accounts that have the role, alphabetically. */
	List<String> usernamesWithRole(Role role);

	/** Whether an enabled staff account of the current pemda has the role. */
	boolean hasRole(String username, Role role);

	/** The display name of a staff account of the current pemda. */
	Optional<String> displayName(String username);
}
