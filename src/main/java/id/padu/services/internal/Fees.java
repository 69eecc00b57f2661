package id.padu.services.internal;

import id.padu.services.FeeAssessment;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.Nik;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Works out what an application costs, whatever the fee's kind: fixed and per-unit fees from the bundle and
 * the form, assessed fees from the module that offers the {@link FeeAssessment} the bundle names. Also the
 * upload check of an assessed fee (a known assessment whose fields the form has) and the submission check
 * (the assessing module's objections become field errors).
 */
@Component
class Fees {

	/** What to bill: {@code payBefore} is null when the engine's usual payment period applies. */
	record Charge(long amountRupiah, String description, String revenueAccount, Instant payBefore) {
	}

	private final ObjectProvider<FeeAssessment> assessments;

	Fees(ObjectProvider<FeeAssessment> assessments) {
		this.assessments = assessments;
	}

	Optional<FeeAssessment> assessment(String name) {
		return assessments.orderedStream().filter(a -> a.name().equals(name)).findFirst();
	}

	/** Problems of an assessed fee at upload: an unknown assessment, or a field it reads that the form lacks. */
	void checkBundle(ServiceManifest manifest, List<BundleProblem> problems) {
		FeeRule fee = manifest.fee();
		if (fee.kind() != FeeRule.Kind.ASSESSED) {
			return;
		}
		Optional<FeeAssessment> assessment = assessment(fee.assessedBy());
		if (assessment.isEmpty()) {
			problems.add(new BundleProblem(ServiceBundle.MANIFEST, "fee.by", "services.fee.problem.assessor",
					fee.assessedBy(), assessments.orderedStream().map(FeeAssessment::name).sorted()
						.collect(Collectors.joining(", "))));
			return;
		}
		for (String name : assessment.get().fields()) {
			boolean usable = manifest.field(name).filter(f -> f.required() && !f.fromRegistry()).isPresent();
			if (!usable) {
				problems.add(new BundleProblem(ServiceBundle.MANIFEST, "fee.by", "services.fee.problem.assessorField",
						fee.assessedBy(), name));
			}
		}
	}

	/** The assessing module's objections to these values, as field problems; none for other kinds of fee. */
	List<FieldProblem> check(ServiceManifest manifest, Nik applicant, Map<String, String> values) {
		if (manifest.fee().kind() != FeeRule.Kind.ASSESSED) {
			return List.of();
		}
		List<FieldProblem> problems = new ArrayList<>();
		for (FeeAssessment.Problem p : required(manifest).check(applicant, values)) {
			problems.add(new FieldProblem(p.field(), p.messageKey(), p.args().toArray()));
		}
		return problems;
	}

	/** The bill for an application whose process reached its payment wait point. */
	Charge charge(ServiceApplication application, ServiceManifest manifest) {
		FeeRule fee = manifest.fee();
		Map<String, String> values = FormData.read(application.data());
		if (fee.kind() == FeeRule.Kind.ASSESSED) {
			FeeAssessment.Assessment assessed = required(manifest).assess(Nik.of(application.applicantNik()), values,
					application.getId().toString());
			return new Charge(assessed.amountRupiah(), assessed.description(), assessed.revenueAccount(),
					assessed.payBefore());
		}
		long amount;
		try {
			amount = fee.amountFor(values);
		} catch (ArithmeticException e) {
			throw new BusinessRuleViolation("services.fee.tooLarge");
		}
		String what = fee.kind() == FeeRule.Kind.PER_UNIT
				? manifest.name().id() + " " + fee.units(values) + " " + fee.unitSymbol() : manifest.name().id();
		return new Charge(amount, "Retribusi " + what + ", permohonan " + application.trackingNumber(),
				fee.revenueAccount(), null);
	}

	private FeeAssessment required(ServiceManifest manifest) {
		return assessment(manifest.fee().assessedBy()).orElseThrow(() -> new IllegalStateException(
				"Fee assessment " + manifest.fee().assessedBy() + " of " + manifest.code() + " is not available"));
	}
}
