package id.padu.eoffice.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface LetterRepository extends JpaRepository<Letter, UUID> {

	/** The letter locked until the transaction ends: a review and a signing of one letter take turns. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from Letter l where l.id = :id")
	Optional<Letter> lock(@Param("id") UUID id);

	List<Letter> findByDrafterUsernameOrderByUpdatedAtDesc(String drafterUsername);

	List<Letter> findBySignerPositionCodeInAndStatusOrderByUpdatedAtAsc(Collection<String> positions, LetterStatus status);

	List<Letter> findByIdInOrderBySignedAtDesc(Collection<UUID> ids);
}
