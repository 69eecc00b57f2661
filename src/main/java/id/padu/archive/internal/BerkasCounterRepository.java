package id.padu.archive.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import java.util.Optional;
import java.util.UUID;

interface BerkasCounterRepository extends JpaRepository<BerkasCounter, UUID> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<BerkasCounter> findByUnitCodeAndBerkasYear(String unitCode, int berkasYear);
}
