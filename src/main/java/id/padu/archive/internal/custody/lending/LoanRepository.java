package id.padu.archive.internal.custody.lending;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

interface LoanRepository extends JpaRepository<Loan, UUID> {

	boolean existsByOpenItem(UUID item);

	boolean existsByBerkasIdAndReturnedOnIsNull(UUID berkasId);

	List<Loan> findByReturnedOnIsNullOrderByDueOn();

	List<Loan> findByRecordIdOrBerkasIdAndRecordIdIsNullOrderByLentOnDesc(UUID recordId, UUID berkasId);

	List<Loan> findByBerkasIdOrderByLentOnDesc(UUID berkasId);

	/** Open loans due by {@code limit} not yet reminded on {@code today}. */
	@Query("select l from Loan l where l.returnedOn is null and l.dueOn <= :limit "
			+ "and (l.lastRemindedOn is null or l.lastRemindedOn < :today) order by l.dueOn")
	List<Loan> toRemind(LocalDate limit, LocalDate today);
}
