package id.padu.admission.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface PeriodRepository extends JpaRepository<AdmissionPeriod, UUID> {

	List<AdmissionPeriod> findAllByOrderBySchoolYearDescLevelAsc();

	/** The latest period of a bundle that has opened by that day (its registration may have closed since). */
	Optional<AdmissionPeriod> findFirstByServiceCodeAndOpensOnLessThanEqualOrderByOpensOnDesc(String serviceCode,
			LocalDate day);

	boolean existsByServiceCode(String serviceCode);

	List<AdmissionPeriod> findByAnnouncedAtIsNotNullOrderByAnnouncedAtDesc();

	List<AdmissionPeriod> findByAnnouncedAtIsNull();

	/**
	 * The period row locked until the transaction ends: event handling and the announcement of one period
	 * take turns, so an application is never half-known while results are computed.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from AdmissionPeriod p where p.id = :id")
	Optional<AdmissionPeriod> lock(@Param("id") UUID id);
}
