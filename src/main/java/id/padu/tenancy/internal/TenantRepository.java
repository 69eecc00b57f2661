package id.padu.tenancy.internal;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

public interface TenantRepository extends ListCrudRepository<TenantEntity, String> {

	List<TenantEntity> findAllByOrderByName();

	@Query("select t from TenantEntity t join t.hostNames h where h = ?1")
	Optional<TenantEntity> findByHostName(String host);
}
