package id.padu.eoffice.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

interface LetterRecipientRepository extends JpaRepository<LetterRecipient, UUID> {

	List<LetterRecipient> findByLetterIdOrderBySeqAsc(UUID letterId);

	List<LetterRecipient> findByPositionCodeInAndDeliveredAtIsNotNull(Collection<String> positionCodes);
}
