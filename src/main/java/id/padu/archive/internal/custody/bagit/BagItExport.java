package id.padu.archive.internal.custody.bagit;

import id.padu.archive.internal.ArchiveFile;
import id.padu.archive.internal.ArchiveFileRepository;
import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.ArchiveRecordRepository;
import id.padu.archive.internal.Berkas;
import id.padu.archive.internal.BerkasRepository;
import id.padu.archive.internal.FileRole;
import id.padu.audit.AuditTrail;
import id.padu.documents.DocumentStore;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.UnitRef;
import id.padu.shared.NotFoundException;
import id.padu.shared.web.Formats;
import id.padu.tenancy.TenantDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A berkas as a BagIt 1.0 package (RFC 8493) in a zip, streamed: the payload bytes go from the store straight
 * into the zip, and the manifest is written from the SHA-256 each file was stored under, so nothing is buffered
 * but the small tag files. A file that changed on disk therefore fails the receiver's check instead of travelling
 * with a fresh, wrong checksum.
 */
@Service
public class BagItExport {

	/** What will go into the package, read in one short transaction before streaming starts. */
	record Plan(Berkas berkas, BagMetadata metadata, List<Payload> payload, String pemda) {
	}

	record Payload(String path, String sha256, long size) {
	}

	private final BerkasRepository berkasRepository;
	private final ArchiveRecordRepository records;
	private final ArchiveFileRepository files;
	private final OrganizationDirectory directory;
	private final TenantDirectory tenants;
	private final DocumentStore store;
	private final BagItAccessPolicy policy;
	private final AuditTrail audit;
	private final TransactionTemplate tx;
	private final Clock clock;

	BagItExport(BerkasRepository berkasRepository, ArchiveRecordRepository records, ArchiveFileRepository files,
			OrganizationDirectory directory, TenantDirectory tenants, DocumentStore store, BagItAccessPolicy policy,
			AuditTrail audit, TransactionTemplate tx, Clock clock) {
		this.berkasRepository = berkasRepository;
		this.records = records;
		this.files = files;
		this.directory = directory;
		this.tenants = tenants;
		this.store = store;
		this.policy = policy;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	/** Checks access and plans the package; the audit chain notes the export. Call before any byte is sent. */
	public Plan plan(UUID berkasId, Authentication caller) {
		return tx.execute(status -> {
			Berkas berkas = berkasRepository.findById(berkasId)
				.orElseThrow(() -> new NotFoundException("archive.berkas.notFound"));
			policy.checkExport(berkas, caller);
			BagNames names = new BagNames();
			List<Payload> payload = new ArrayList<>();
			List<BagMetadata.Record> described = new ArrayList<>();
			int n = 0;
			for (ArchiveRecord r : records.findByBerkasIdOrderByRecordDateAscFiledAtAsc(berkasId)) {
				String folder = "arsip-%03d".formatted(++n);
				List<BagMetadata.File> recordFiles = new ArrayList<>();
				for (ArchiveFile f : files.findByRecordIdOrderByCreatedAt(r.getId())) {
					String dir = f.role() == FileRole.ORIGINAL ? folder : folder + "/turunan";
					String path = names.unique(dir, f.originalName(), f.role().name().toLowerCase() + "-" + f.sha256()
						.substring(0, 12));
					payload.add(new Payload(path, f.sha256(), f.size()));
					recordFiles.add(new BagMetadata.File(path, f.role(), f.sha256(), f.mediaType()));
				}
				described.add(new BagMetadata.Record(r.getId().toString(), r.title(), r.recordDate(),
						unitName(r.creatorUnit()), r.creatorUnit(), r.classificationCode(), r.description(),
						r.securityClass(), r.media(), r.pageCount(), r.location(), recordFiles));
			}
			BagMetadata.Berkas head = new BagMetadata.Berkas(berkas.berkasNumber(), berkas.title(), berkas.openedOn(),
					unitName(berkas.creatorUnit()), berkas.creatorUnit(), berkas.classificationCode(),
					"Berkas %s, %d arsip, tahap %s".formatted(berkas.berkasNumber(), described.size(), berkas.stage()),
					berkas.securityClass());
			audit.record("ARCHIVE_BAGIT_EXPORT", "Berkas", berkasId.toString(), berkas.berkasNumber());
			return new Plan(berkas, new BagMetadata(head, described), payload, tenants.current().name());
		});
	}

	/** Streams the planned package as a zip; the caller closes {@code out}. */
	public void write(Plan plan, OutputStream out) throws IOException {
		BagWriter bag = new BagWriter(plan, clock.instant().atZone(Formats.JAKARTA).toLocalDate());
		ZipOutputStream zip = new ZipOutputStream(out);
		bag.put(zip, "bagit.txt", bag.bagitTxt(), true);
		byte[] dublinCore = DublinCore.write(plan.metadata());
		bag.put(zip, "bag-info.txt", bag.bagInfo(dublinCore.length), true);
		for (Payload p : plan.payload()) {
			zip.putNextEntry(new ZipEntry("data/" + p.path()));
			try (InputStream in = store.open(p.sha256())) {
				in.transferTo(zip);
			}
			zip.closeEntry();
		}
		bag.put(zip, "data/" + BagWriter.METADATA, dublinCore, false);
		bag.put(zip, "manifest-sha256.txt", bag.manifest(), true);
		bag.put(zip, "tagmanifest-sha256.txt", bag.tagManifest(), false);
		zip.finish();
	}

	private String unitName(String code) {
		return directory.findUnit(code).map(UnitRef::name).orElse(code);
	}
}
