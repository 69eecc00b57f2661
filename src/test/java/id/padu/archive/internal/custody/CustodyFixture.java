package id.padu.archive.internal.custody;

import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.Filing;
import id.padu.archive.internal.PhysicalLocation;
import id.padu.archive.internal.RecordDraft;
import id.padu.archive.internal.RecordMedia;
import id.padu.classification.SecurityClass;
import id.padu.identity.PaduUser;
import id.padu.identity.Role;
import id.padu.shared.TenantId;
import id.padu.tenancy.TenantContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Records filed the one official way, in the demo pemda, for the custody tests. */
public final class CustodyFixture {

	public static final TenantId TANGERANG = TenantId.of("kota-tangerang");

	private final Filing filing;
	private final TransactionTemplate tx;

	public CustodyFixture(Filing filing, TransactionTemplate tx) {
		this.filing = filing;
		this.tx = tx;
	}

	/** A record of its own new berkas ({@code berkasId} null) or in the given one, with the given files. */
	public ArchiveRecord file(String title, String code, RecordMedia media, SecurityClass security, UUID berkasId,
			byte[]... files) {
		RecordDraft draft = new RecordDraft(title, LocalDate.of(2026, 3, 2), code, "dispusip", security,
				"Uji " + title, media, null, media.isPhysical() ? new PhysicalLocation("Depo", "R1", "Rak 2", "Boks 3")
						: null, berkasId, null);
		List<Filing.Content> contents = Arrays.stream(files)
			.map(b -> (Filing.Content) new Filing.Content.Upload(new ByteArrayInputStream(b), title + " lampiran.pdf"))
			.toList();
		return TenantContext.callAs(TANGERANG, () -> tx.execute(s -> filing.file(draft, contents, "arsiparis")));
	}

	/** A PDF of its own bytes (TextExtraction finds no text: it waits for OCR, which these tests do not need). */
	public static byte[] pdf() {
		return ("%PDF-1.7\n% arsip uji " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
	}

	public static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	public static Authentication signedIn(String username, Role role) {
		PaduUser user = new PaduUser(UUID.randomUUID(), TANGERANG, username, "Uji " + username, Set.of(role), true,
				null, "x");
		return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
	}
}
