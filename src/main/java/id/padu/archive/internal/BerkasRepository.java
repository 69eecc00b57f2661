package id.padu.archive.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

public interface BerkasRepository extends JpaRepository<Berkas, UUID> {

	Optional<Berkas> findByFilingKey(String filingKey);
}
