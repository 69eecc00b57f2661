package id.padu.services.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

interface HolidayRepository extends JpaRepository<Holiday, UUID> {

	List<Holiday> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

	boolean existsByDay(LocalDate day);

	long countByDayBetween(LocalDate from, LocalDate to);
}
