package id.padu.organization.internal;

import id.padu.organization.UnitKind;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface OrgUnitRepository extends ListCrudRepository<OrgUnit, UUID> {

	Optional<OrgUnit> findByCode(String code);

	boolean existsByCode(String code);

	/** All units with their parents fetched, so a whole tree is built from one query. */
	@Query("select u from OrgUnit u left join fetch u.parent order by u.sortOrder, u.name")
	List<OrgUnit> findAllOrdered();

	@Query("select u from OrgUnit u where u.parent.code = :code order by u.sortOrder, u.name")
	List<OrgUnit> findChildren(String code);

	long countByKind(UnitKind kind);
}
