package id.padu.archive.internal.custody.bagit;

import id.padu.archive.internal.Berkas;
import id.padu.archive.internal.FileRole;
import id.padu.archive.internal.Filing;
import id.padu.archive.internal.RecordDraft;
import id.padu.archive.internal.RecordSource;
import id.padu.audit.AuditTrail;
import id.padu.classification.Classification;
import id.padu.classification.ClassificationScheme;
import id.padu.documents.DocumentRejectedException;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.persistence.TimeOrderedUuid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Receives a BagIt package: unpacks it into a temporary folder with the zip-bomb and path checks, validates it
 * whole, and only then files a new berkas with its records through {@link Filing}, all in one transaction, so a
 * bag that fails anywhere leaves no berkas, no record and no file row. Only the original files are filed; derived
 * files (searchable PDFs) are checked with the rest but made again here by OCR.
 */
@Service
public class BagItImport {

	/** What an import made. */
	public record Imported(UUID berkasId, String berkasNumber, int records) {
	}

	private final BagReader reader;
	private final Filing filing;
	private final ClassificationScheme scheme;
	private final AuditTrail audit;
	private final MessageSource messages;
	private final TransactionTemplate tx;
	private final Path workArea;

	BagItImport(BagLimits limits, Filing filing, ClassificationScheme scheme, AuditTrail audit, MessageSource messages,
			TransactionTemplate tx, @Value("${padu.data-dir}") Path dataDir) {
		this.reader = new BagReader(limits);
		this.filing = filing;
		this.scheme = scheme;
		this.audit = audit;
		this.messages = messages;
		this.tx = tx;
		this.workArea = dataDir.resolve("bagit-import");
	}

	/**
	 * @throws BusinessRuleViolation ({@code archive.custody.bagit.*}, {@code classification.*}) naming the entry or
	 *         code at fault
	 */
	public Imported receive(InputStream zip, String actor) {
		Path folder = null;
		try {
			Files.createDirectories(workArea);
			folder = Files.createTempDirectory(workArea, "bag-");
			ValidBag bag = BagValidation.check(reader.unpack(zip, folder));
			return tx.execute(status -> file(bag, actor));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			if (folder != null) {
				FileSystemUtils.deleteRecursively(folder.toFile());
			}
		}
	}

	private Imported file(ValidBag bag, String actor) {
		BagMetadata.Berkas head = bag.metadata().berkas();
		requireKnownCodes(bag.metadata());
		Berkas berkas = filing.openBerkas(head.title(), head.subject(), unit(head.creatorUnit(), head.creator()),
				head.rights(), head.date(), actor);
		String importId = TimeOrderedUuid.next().toString();
		int n = 0;
		for (BagMetadata.Record r : bag.metadata().records()) {
			RecordDraft draft = new RecordDraft(r.title(), r.date(), r.subject(), unit(r.creatorUnit(), r.creator()),
					r.rights(), r.description(), r.media(), r.pages(), r.location(), berkas.getId(),
					new RecordSource("bagit", importId + "/" + (++n)));
			List<BagMetadata.File> originals = r.files().stream().filter(f -> f.role() == FileRole.ORIGINAL).toList();
			List<InputStream> opened = new ArrayList<>();
			try {
				List<Filing.Content> contents = new ArrayList<>();
				for (BagMetadata.File f : originals) {
					InputStream in = Files.newInputStream(bag.payload().get(f.path()).file());
					opened.add(in);
					contents.add(new Filing.Content.Upload(in, f.path().substring(f.path().lastIndexOf('/') + 1)));
				}
				filing.file(draft, contents, actor);
			} catch (DocumentRejectedException e) {
				String reason = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
						LocaleContextHolder.getLocale());
				throw new BusinessRuleViolation("archive.custody.bagit.fileRejected",
						String.join(", ", originals.stream().map(f -> "data/" + f.path()).toList()), reason);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			} finally {
				opened.forEach(BagItImport::close);
			}
		}
		audit.record("ARCHIVE_BAGIT_IMPORT", "Berkas", berkas.getId().toString(),
				bag.info().getOrDefault("External-Identifier", head.identifier() == null ? "" : head.identifier()));
		return new Imported(berkas.getId(), berkas.berkasNumber(), n);
	}

	/** Every classification code the bag uses must be active here; all unknown ones are named at once. */
	private void requireKnownCodes(BagMetadata metadata) {
		Set<String> codes = new LinkedHashSet<>();
		codes.add(metadata.berkas().subject());
		metadata.records().forEach(r -> codes.add(r.subject()));
		List<String> unknown = codes.stream()
			.filter(c -> scheme.find(c).filter(Classification::active).isEmpty()).toList();
		if (!unknown.isEmpty()) {
			throw new BusinessRuleViolation("archive.custody.bagit.unknownCodes", String.join(", ", unknown));
		}
	}

	private static String unit(String code, String name) {
		String unit = code != null ? code : name;
		if (unit == null) {
			throw new BusinessRuleViolation("archive.custody.bagit.metadataInvalid", "creatorUnit");
		}
		return unit;
	}

	private static void close(InputStream in) {
		try {
			in.close();
		} catch (IOException ignored) {
			// A temporary file that will be deleted with its folder.
		}
	}
}
