package id.padu.organization.internal;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface StaffRepository extends ListCrudRepository<Staff, UUID> {

	Optional<Staff> findByNip(String nip);

	Optional<Staff> findByUsername(String username);

	boolean existsByNip(String nip);

	List<Staff> findAllByOrderByFullName();
}
