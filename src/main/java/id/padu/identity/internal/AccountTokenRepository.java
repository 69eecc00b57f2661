package id.padu.identity.internal;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface AccountTokenRepository extends ListCrudRepository<AccountToken, UUID> {

	Optional<AccountToken> findByTokenHash(String tokenHash);

	List<AccountToken> findByAccountIdAndPurposeAndUsedAtIsNull(UUID accountId, TokenPurpose purpose);
}
