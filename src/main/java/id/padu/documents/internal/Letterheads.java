package id.padu.documents.internal;

import id.padu.documents.DocumentRejectedException;
import id.padu.documents.DocumentStore;
import id.padu.documents.StoredFile;
import id.padu.shared.BusinessRuleViolation;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The current pemda's letterhead: its official name from tenancy, address, place and emblem from its letterhead
 * row.
 */
@Component
class Letterheads {

	/** An emblem is a small picture; a larger file is almost always a photo or a scan chosen by mistake. */
	static final long MAX_LOGO_BYTES = 1024 * 1024;

	private final TenantDirectory tenants;
	private final LetterheadRepository records;
	private final DocumentStore store;
	private final LogoCheck logoCheck;
	private final Clock clock;
	/** Emblems as data URIs by SHA-256: the same hash is the same bytes, so an entry never goes stale. */
	private final Map<String, String> dataUris = new ConcurrentHashMap<>();

	Letterheads(TenantDirectory tenants, LetterheadRepository records, DocumentStore store, LogoCheck logoCheck,
			Clock clock) {
		this.tenants = tenants;
		this.records = records;
		this.store = store;
		this.logoCheck = logoCheck;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Letterhead current(String opdName) {
		TenantInfo tenant = tenants.current();
		String pemda = tenant.name().toUpperCase(Locale.ROOT);
		String opd = opdName == null || opdName.isBlank() ? null : opdName.strip().toUpperCase(Locale.ROOT);
		return records.findFirstBy()
			.map(r -> new Letterhead(pemda, opd, r.addressLine(), r.contactLine(), r.place(), dataUri(r.logoSha256())))
			.orElseGet(() -> new Letterhead(pemda, opd, null, null, placeOf(tenant.shortName()), null));
	}

	/** Changes the current pemda's address, contact line and place (made on first save). */
	@Transactional
	void save(LetterheadForm form) {
		String contact = form.getContactLine() == null || form.getContactLine().isBlank() ? null : form.getContactLine().strip();
		Instant now = clock.instant();
		records.findFirstBy().ifPresentOrElse(
				r -> r.change(form.getAddressLine().strip(), contact, form.getPlace().strip(), now),
				() -> records.save(new LetterheadRecord(form.getAddressLine().strip(), contact, form.getPlace().strip(), now)));
	}

	/**
	 * Sets the emblem: a PNG or JPEG of at most 1 MB that decodes as a picture.
	 *
	 * @throws DocumentRejectedException ({@code documents.letterhead.logo.*}) for anything else; nothing is kept
	 * @throws id.padu.shared.BusinessRuleViolation when the letterhead has no address yet (save the form first)
	 */
	@Transactional
	void saveLogo(InputStream content, String declaredName) {
		LetterheadRecord record = records.findFirstBy()
			.orElseThrow(() -> new BusinessRuleViolation("documents.letterhead.logo.noLetterhead"));
		StoredFile stored = store.store(content, declaredName);
		logoCheck.check(stored);
		record.logo(stored.sha256(), clock.instant());
	}

	@Transactional
	void removeLogo() {
		records.findFirstBy().ifPresent(r -> r.logo(null, clock.instant()));
	}

	/** The emblem's bytes and type for the preview on the letterhead page. */
	@Transactional(readOnly = true)
	Optional<StoredFile> logo() {
		return records.findFirstBy().map(LetterheadRecord::logoSha256).flatMap(store::find);
	}

	private String dataUri(String sha256) {
		if (sha256 == null) {
			return null;
		}
		return dataUris.computeIfAbsent(sha256, sha -> {
			StoredFile file = store.find(sha).orElseThrow();
			try (InputStream in = store.open(sha)) {
				return "data:" + file.mediaType() + ";base64," + Base64.getEncoder().encodeToString(in.readAllBytes());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	/** "Kota Tangerang" signs as "Tangerang"; a kabupaten as its name too. */
	static String placeOf(String shortName) {
		return shortName.replaceFirst("^(Kota Administrasi|Kota|Kabupaten Administrasi|Kabupaten)\\s+", "");
	}
}
