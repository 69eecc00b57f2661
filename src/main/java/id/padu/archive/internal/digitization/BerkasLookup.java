package id.padu.archive.internal.digitization;

import id.padu.archive.internal.Berkas;
import org.springframework.data.repository.Repository;

import java.util.Optional;
import java.util.UUID;

/** Finds the berkas an operator names by its number on the batch form. */
interface BerkasLookup extends Repository<Berkas, UUID> {

	Optional<Berkas> findByBerkasNumber(String berkasNumber);
}
