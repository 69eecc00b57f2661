package id.padu.services.internal;

import id.padu.payments.BillStatus;
import id.padu.registry.FamilyMember;
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
import java.util.Set;

/**
 * The body of an application's output document, in two moves around the signing decision. {@link #prepare}
 * runs before the process moves on: the registry read as it is when the head decides (logged with the purpose
 * "Penerbitan dokumen ..."), the entered values as text, the next official number. {@link #render} runs after
 * the process's steps: it adds what they recorded (e.g. {@code birth.nik}) and renders the bundle version's
 * template. The registry data ends up only in the signed, immutable document.
 */
@Component
class OutputDocument {

	/** Everything fixed before the decision: the number, the values, who the document is for. */
	record Prepared(String documentType, String number, String title, String layout, String holderName,
			Map<String, Object> model, String template) {
	}

	/** What the issuer needs: the number, the rendered XHTML body, the layout and the public holder's name. */
	record Draft(String documentType, String number, String title, String bodyXhtml, String layout, String holderName) {
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

	Prepared prepare(ServiceApplication application, ServiceBundle bundle) {
		ServiceManifest manifest = bundle.manifest();
		OutputSpec output = manifest.output();
		ApplicantSnapshot applicant = applicants.read(Nik.of(application.applicantNik()),
				ApplicantRecords.issuePurpose(application.serviceCode(), application.trackingNumber()));
		Map<String, String> values = FormData.read(application.data());
		LocalDate today = LocalDate.now(clock.withZone(Formats.JAKARTA));
		TenantInfo pemda = tenants.current();
		String number = numbers.next(application.serviceCode(), output.numberFormat(), today,
				pemda.kodeWilayah().value().replace(".", ""), values);
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
		return new Prepared(output.documentType(), number, output.title(), output.layout(),
				holderName(output, values, applicant), model, bundle.outputTemplate());
	}

	Draft render(Prepared prepared, ServiceApplication application) {
		Map<String, Object> model = OutputModel.withResults(prepared.model(), application.results());
		return new Draft(prepared.documentType(), prepared.number(), prepared.title(),
				renderer.render(prepared.template(), model), prepared.layout(), prepared.holderName());
	}

	private static String holderName(OutputSpec output, Map<String, String> values, ApplicantSnapshot applicant) {
		if (output.holder() == null) {
			return null;
		}
		if (output.holder().equals(OutputSpec.APPLICANT)) {
			return applicant.resident().fullName();
		}
		String nik = values.get(output.holder());
		return nik == null ? null : applicant.chosen(Set.of(nik)).stream().map(FamilyMember::fullName).findFirst()
			.orElse(null);
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
