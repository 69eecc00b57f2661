package id.padu.services.internal;

import id.padu.payments.BillStatus;
import id.padu.shared.KodeWilayah;
import id.padu.shared.Nik;
import id.padu.shared.Rupiah;
import id.padu.shared.web.Formats;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The body of an application's output document: the registry read again at signing time (logged with the
 * purpose "Penerbitan dokumen ..."), the entered values as text, the next official number, all rendered
 * through the bundle version's template. The registry data ends up only in the signed, immutable document.
 */
@Component
class OutputDocument {

	/** What the issuer needs: the number and the rendered XHTML body. */
	record Draft(String documentType, String number, String title, String bodyXhtml) {
	}

	private static final DateTimeFormatter PAID_AT = DateTimeFormatter.ofPattern("dd MMMM yyyy, HH.mm 'WIB'",
			OutputModel.INDONESIAN);

	private final ApplicantRecords applicants;
	private final RegistryText registryText;
	private final FieldDisplay display;
	private final DocumentNumbers numbers;
	private final OutputRenderer renderer;
	private final TenantDirectory tenants;
	private final PaymentWait payments;
	private final Clock clock;

	OutputDocument(ApplicantRecords applicants, RegistryText registryText, FieldDisplay display,
			DocumentNumbers numbers, OutputRenderer renderer, TenantDirectory tenants, PaymentWait payments,
			Clock clock) {
		this.applicants = applicants;
		this.registryText = registryText;
		this.display = display;
		this.numbers = numbers;
		this.renderer = renderer;
		this.tenants = tenants;
		this.payments = payments;
		this.clock = clock;
	}

	Draft draft(ServiceApplication application, ServiceBundle bundle) {
		ServiceManifest manifest = bundle.manifest();
		OutputSpec output = manifest.output();
		ApplicantSnapshot applicant = applicants.read(Nik.of(application.applicantNik()),
				ApplicantRecords.issuePurpose(application.serviceCode(), application.trackingNumber()));
		Map<String, String> values = FormData.read(application.data());
		LocalDate today = LocalDate.now(clock.withZone(Formats.JAKARTA));
		String number = numbers.next(application.serviceCode(), output.numberFormat(), today);
		TenantInfo pemda = tenants.current();
		List<Map<String, String>> members = manifest.fields().stream().filter(f -> f.type() == FieldType.MEMBERS)
			.findFirst().map(f -> FieldDisplay.members(values.getOrDefault(f.name(), ""), applicant)).orElse(List.of())
			.stream().map(m -> registryText.member(m, OutputModel.INDONESIAN)).toList();
		Map<String, String> move = null;
		if (RegistryMoveFields.missing(manifest).isEmpty()) {
			boolean within = MovePolicy.withinArea(KodeWilayah.of(values.get(RegistryMoveFields.KELURAHAN)),
					pemda.kodeWilayah());
			move = Map.of("kind", MovePolicy.kind(within, pemda.shortName()), "outOfCity", Boolean.toString(!within));
		}
		Map<String, Object> model = OutputModel.of(manifest.name().id(), pemda.name(), application.trackingNumber(),
				application.submittedAt().atZone(Formats.JAKARTA).toLocalDate(), output.documentType(), number, today,
				registryText.applicant(applicant, OutputModel.INDONESIAN), members,
				display.all(manifest, values, applicant, OutputModel.INDONESIAN), move, payment(application));
		return new Draft(output.documentType(), number, output.title(), renderer.render(bundle.outputTemplate(), model));
	}

	/** The paid bill of a service with a fee, as the document prints it; null without one. */
	private Map<String, String> payment(ServiceApplication application) {
		return payments.billOf(application).filter(bill -> bill.status() == BillStatus.PAID).map(bill -> {
			String words = Rupiah.of(bill.amountRupiah()).inWords();
			return Map.of("amount", Rupiah.of(bill.amountRupiah()).formatted(),
					"words", Character.toUpperCase(words.charAt(0)) + words.substring(1),
					"billingCode", bill.billingCode(), "description", bill.description(),
					"paidAt", PAID_AT.format(bill.paidAt().atZone(Formats.JAKARTA)));
		}).orElse(null);
	}
}
