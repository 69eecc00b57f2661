package id.padu.identity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered like every JPA repository: it sees only the current pemda's accounts. */
interface AccountRepository extends JpaRepository<Account, UUID> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByNik(String nik);

	List<Account> findAllByOrderByKindDescUsername();
}
