package id.padu.payments.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered: the current pemda's merchant account, if it has one. */
interface MerchantRepository extends JpaRepository<MerchantRecord, UUID> {

	Optional<MerchantRecord> findFirstBy();
}
