package id.padu.eoffice.internal.incoming;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

interface DispositionRepository extends JpaRepository<Disposition, UUID> {

	List<Disposition> findByLetterIdOrderByCreatedAt(UUID letterId);

	List<Disposition> findByToPositionInAndClosedAtIsNullOrderByCreatedAt(Collection<String> positions);

	long countByToPositionInAndClosedAtIsNullAndDeadlineBefore(Collection<String> positions, LocalDate today);

	long countByFromPositionInAndClosedAtIsNullAndEscalatedAtIsNotNull(Collection<String> positions);

	List<Disposition> findByClosedAtIsNullAndRemindedAtIsNullAndDeadlineBetween(LocalDate from, LocalDate to);

	List<Disposition> findByClosedAtIsNullAndEscalatedAtIsNullAndDeadlineBefore(LocalDate today);
}
