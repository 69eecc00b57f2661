package id.padu.eoffice.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface NumberReservationRepository extends JpaRepository<NumberReservation, UUID> {

	List<NumberReservation> findByUsedByLetterIsNullOrderByReservedAtDesc();
}
