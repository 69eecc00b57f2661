package id.padu.organization.internal;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface PositionRepository extends ListCrudRepository<Position, UUID> {

	@Query("select p from Position p join fetch p.unit left join fetch p.parent where p.code = :code")
	Optional<Position> findByCode(String code);

	boolean existsByCode(String code);

	@Query("select p from Position p join fetch p.unit left join fetch p.parent where p.unit.code = :unitCode "
			+ "order by p.sortOrder, p.level, p.title")
	List<Position> findByUnitCode(String unitCode);

	@Query("select p from Position p join fetch p.unit left join fetch p.parent where p.parent.code = :code "
			+ "order by p.sortOrder, p.level, p.title")
	List<Position> findSubordinates(String code);

	@Query("select p from Position p join fetch p.unit left join fetch p.parent order by p.unit.code, p.sortOrder, p.code")
	List<Position> findAllOrdered();
}
