package id.padu.eoffice.internal.incoming;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

interface DispositionAttachmentRepository extends JpaRepository<DispositionAttachment, UUID> {

	List<DispositionAttachment> findByDispositionIdIn(Collection<UUID> dispositionIds);
}
