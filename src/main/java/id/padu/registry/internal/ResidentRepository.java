package id.padu.registry.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered like every JPA repository. */
interface ResidentRepository extends JpaRepository<Resident, UUID> {

	Optional<Resident> findByNik(String nik);

	boolean existsByNik(String nik);

	List<Resident> findByNomorKk(String nomorKk);

	/**
	 * The NIKs from {@code low} to {@code high}: those of one kecamatan and birth date when both share
	 * the first twelve digits. A range, so the (tenant, NIK) index answers it.
	 */
	@Query("select r.nik from Resident r where r.nik between :low and :high")
	List<String> niksBetween(@Param("low") String low, @Param("high") String high);
}
