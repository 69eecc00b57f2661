package id.padu.eoffice.internal.incoming;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface DispositionInstructionRepository extends JpaRepository<DispositionInstruction, UUID> {

	List<DispositionInstruction> findAllByOrderBySortOrder();

	boolean existsByCode(String code);
}
