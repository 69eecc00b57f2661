package id.padu.archive.internal.custody.lending;

import id.padu.archive.internal.Berkas;
import org.springframework.data.repository.Repository;

import java.util.Optional;
import java.util.UUID;

/** A berkas by the number on its folder, which is what the archivist types when lending it whole. */
interface LendingBerkas extends Repository<Berkas, UUID> {

	Optional<Berkas> findByBerkasNumber(String berkasNumber);
}
