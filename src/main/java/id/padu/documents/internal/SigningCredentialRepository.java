package id.padu.documents.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered like every repository. */
interface SigningCredentialRepository extends JpaRepository<SigningCredential, UUID> {

	Optional<SigningCredential> findFirstByKindAndActiveTrueOrderByCreatedAtDesc(SigningCredential.Kind kind);

	Optional<SigningCredential> findFirstByUsernameAndKindAndActiveTrueOrderByCreatedAtDesc(String username,
			SigningCredential.Kind kind);

	List<SigningCredential> findByUsernameAndActiveTrue(String username);

	List<SigningCredential> findAllByOrderByKindAscUsernameAscCreatedAtDesc();
}
