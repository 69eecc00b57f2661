package id.padu.documents.internal;

import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/** The current pemda's letterhead: its official name from tenancy, address and place from its letterhead row. */
@Component
class Letterheads {

	private final TenantDirectory tenants;
	private final LetterheadRepository records;
	private final Clock clock;

	Letterheads(TenantDirectory tenants, LetterheadRepository records, Clock clock) {
		this.tenants = tenants;
		this.records = records;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Letterhead current(String opdName) {
		TenantInfo tenant = tenants.current();
		String pemda = tenant.name().toUpperCase(Locale.ROOT);
		String opd = opdName == null || opdName.isBlank() ? null : opdName.strip().toUpperCase(Locale.ROOT);
		return records.findFirstBy()
			.map(r -> new Letterhead(pemda, opd, r.addressLine(), r.contactLine(), r.place()))
			.orElseGet(() -> new Letterhead(pemda, opd, null, null, placeOf(tenant.shortName())));
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

	/** "Kota Tangerang" signs as "Tangerang"; a kabupaten as its name too. */
	static String placeOf(String shortName) {
		return shortName.replaceFirst("^(Kota Administrasi|Kota|Kabupaten Administrasi|Kabupaten)\\s+", "");
	}
}
