package id.padu.identity.internal;

import id.padu.identity.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered like every JPA repository: it sees only the current pemda's accounts. */
interface AccountRepository extends JpaRepository<Account, UUID> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByNik(String nik);

	List<Account> findAllByOrderByKindDescUsername();

	@Query("select a.username from Account a join a.roles r where r = :role and a.kind = id.padu.identity.internal.AccountKind.STAFF "
			+ "and a.enabled = true order by a.username")
	List<String> findStaffUsernamesWithRole(Role role);
}
