package id.padu.eoffice.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface LetterAttachmentRepository extends JpaRepository<LetterAttachment, UUID> {

	List<LetterAttachment> findByLetterId(UUID letterId);
}
