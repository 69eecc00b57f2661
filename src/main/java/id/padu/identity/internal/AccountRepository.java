package id.padu.identity.internal;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;
import java.util.UUID;

interface AccountRepository extends ListCrudRepository<Account, UUID> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);
}
