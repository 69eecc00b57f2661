package id.padu.organization.internal;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface AssignmentRepository extends ListCrudRepository<Assignment, UUID> {

	@Query("select a from Assignment a join fetch a.staff join fetch a.position p join fetch p.unit "
			+ "left join fetch p.parent where p.code = :positionCode order by a.startDate desc")
	List<Assignment> findByPositionCode(String positionCode);

	@Query("select a from Assignment a join fetch a.staff s join fetch a.position p join fetch p.unit "
			+ "left join fetch p.parent where s.username = :username order by a.startDate desc")
	List<Assignment> findByUsername(String username);

	@Query("select a from Assignment a join fetch a.staff s join fetch a.position p join fetch p.unit "
			+ "left join fetch p.parent where s.nip = :nip order by a.startDate desc")
	List<Assignment> findByNip(String nip);

	@Query("select a from Assignment a join fetch a.staff join fetch a.position p join fetch p.unit "
			+ "left join fetch p.parent where p.unit.code = :unitCode order by a.startDate desc")
	List<Assignment> findByUnitCode(String unitCode);

	@Query("select a from Assignment a join fetch a.staff s join fetch a.position p join fetch p.unit "
			+ "left join fetch p.parent order by s.nip, p.code, a.startDate")
	List<Assignment> findAllOrdered();
}
