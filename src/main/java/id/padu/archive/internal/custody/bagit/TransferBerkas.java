package id.padu.archive.internal.custody.bagit;

import id.padu.archive.internal.ArchiveStage;
import id.padu.archive.internal.Berkas;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

import java.util.UUID;

/** The berkas of one stage, for the transfer page. */
interface TransferBerkas extends Repository<Berkas, UUID> {

	Page<Berkas> findByStageOrderByBerkasNumber(ArchiveStage stage, Pageable page);
}
