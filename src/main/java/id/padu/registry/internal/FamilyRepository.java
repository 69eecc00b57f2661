package id.padu.registry.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface FamilyRepository extends JpaRepository<Family, UUID> {

	Optional<Family> findByNomorKk(String nomorKk);

	boolean existsByNomorKk(String nomorKk);
}
