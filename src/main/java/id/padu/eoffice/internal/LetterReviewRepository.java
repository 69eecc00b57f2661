package id.padu.eoffice.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface LetterReviewRepository extends JpaRepository<LetterReview, UUID> {

	List<LetterReview> findByLetterIdOrderByReviewRoundAscSeqAsc(UUID letterId);

	List<LetterReview> findByLetterIdAndReviewRoundOrderBySeqAsc(UUID letterId, int reviewRound);

	List<LetterReview> findByUsernameAndDecision(String username, LetterReview.Decision decision);
}
