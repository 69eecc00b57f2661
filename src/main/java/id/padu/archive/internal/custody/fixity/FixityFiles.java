package id.padu.archive.internal.custody.fixity;

import id.padu.archive.internal.ArchiveFile;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.UUID;

/**
 * The current pemda's archive files a page at a time, by id (time-ordered), as small values rather than
 * entities: a run over a million files never holds more than one page in memory. Files destroyed with an approved
 * berita acara are gone on purpose and are not checked.
 */
interface FixityFiles extends Repository<ArchiveFile, UUID> {

	@Query("select new id.padu.archive.internal.custody.fixity.FileRef(f.id, f.recordId, f.sha256) "
			+ "from ArchiveFile f where f.id > :after and f.destroyedAt is null order by f.id")
	List<FileRef> after(UUID after, Pageable page);

	@Query("select new id.padu.archive.internal.custody.fixity.FileRef(f.id, f.recordId, f.sha256) "
			+ "from ArchiveFile f where f.destroyedAt is null order by f.id")
	List<FileRef> first(Pageable page);
}
