package id.padu.registry.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered like every JPA repository. */
interface ResidentRepository extends JpaRepository<Resident, UUID> {

	Optional<Resident> findByNik(String nik);

	boolean existsByNik(String nik);

	List<Resident> findByNomorKk(String nomorKk);
}
