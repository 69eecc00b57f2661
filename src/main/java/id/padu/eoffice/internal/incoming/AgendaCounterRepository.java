package id.padu.eoffice.internal.incoming;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import java.util.Optional;
import java.util.UUID;

interface AgendaCounterRepository extends JpaRepository<AgendaCounter, UUID> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<AgendaCounter> findByOpdCodeAndYear(String opdCode, int year);
}
