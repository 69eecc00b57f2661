package id.padu.admission.internal;

import id.padu.registry.FamilyMember;
import id.padu.services.FormCheck;
import id.padu.services.FormContext;
import id.padu.services.FormIssue;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code admission.application}: registration of the bundle's period is open today, the child's age fits the
 * level on 1 July ({@link AgePolicy}), the chosen path has its proof (afirmasi: the KIP/PKH/KKS card number;
 * mutasi: the parent's transfer letter; prestasi: certificate and score), and the school choices are distinct
 * and filled in order.
 */
@Component
class AdmissionFormCheck implements FormCheck {

	private final Periods periods;
	private final Households households;
	private final AdmissionTexts texts;

	AdmissionFormCheck(Periods periods, Households households, AdmissionTexts texts) {
		this.periods = periods;
		this.households = households;
		this.texts = texts;
	}

	@Override
	public String name() {
		return AdmissionForm.CHECK;
	}

	@Override
	public List<FormIssue> check(FormContext context, Map<String, String> values) {
		Locale locale = context.locale();
		Optional<AdmissionPeriod> open = periods.open(context.serviceCode());
		if (open.isEmpty()) {
			return List.of(new FormIssue(AdmissionForm.CHOICES.get(0), closed(context.serviceCode(), locale)));
		}
		AdmissionPeriod period = open.get();
		List<FormIssue> issues = new ArrayList<>();
		String childNik = values.get(AdmissionForm.CHILD);
		if (childNik != null) {
			households.of(context.applicant()).flatMap(h -> h.child(childNik)).map(FamilyMember::birthDate)
				.flatMap(born -> AgePolicy.check(period.level(), born, period.ageReferenceDate()))
				.ifPresent(refusal -> issues.add(new FormIssue(AdmissionForm.CHILD, texts.get(locale,
						refusal.messageKey(), concat(refusal.args(), AdmissionTexts.date(period.ageReferenceDate(), locale))))));
		}
		Optional<AdmissionPath> path = AdmissionPath.of(values.getOrDefault(AdmissionForm.PATH, ""));
		if (path.isPresent() && path.get() == AdmissionPath.PRESTASI && period.level() == SchoolLevel.SD) {
			issues.add(new FormIssue(AdmissionForm.PATH, texts.get(locale, "admission.form.noMeritForSd")));
		} else {
			path.ifPresent(p -> proof(p, values, locale, issues));
		}
		choices(values, locale, issues);
		return issues;
	}

	private void proof(AdmissionPath path, Map<String, String> values, Locale locale, List<FormIssue> issues) {
		List<String> needed = switch (path) {
			case ZONASI -> List.of();
			case AFIRMASI -> List.of(AdmissionForm.CARD_NUMBER);
			case MUTASI -> List.of(AdmissionForm.TRANSFER_LETTER);
			case PRESTASI -> List.of(AdmissionForm.CERTIFICATE, AdmissionForm.SCORE);
		};
		needed.stream().filter(field -> values.get(field) == null).forEach(field -> issues.add(new FormIssue(field,
				texts.get(locale, "admission.form.proofRequired", texts.get(locale, "admission.path." + path)))));
	}

	private void choices(Map<String, String> values, Locale locale, List<FormIssue> issues) {
		List<String> seen = new ArrayList<>();
		boolean gap = false;
		for (String field : AdmissionForm.CHOICES) {
			String npsn = values.get(field);
			if (npsn == null) {
				gap = true;
			} else if (gap) {
				issues.add(new FormIssue(field, texts.get(locale, "admission.form.choiceGap")));
			} else if (seen.contains(npsn)) {
				issues.add(new FormIssue(field, texts.get(locale, "admission.form.choiceTwice")));
			} else {
				seen.add(npsn);
			}
		}
	}

	private String closed(String serviceCode, Locale locale) {
		return periods.current(serviceCode)
			.map(p -> texts.get(locale, "admission.form.closed", p.title(), AdmissionTexts.date(p.opensOn(), locale),
					AdmissionTexts.date(p.closesOn(), locale)))
			.orElseGet(() -> texts.get(locale, "admission.form.noPeriod"));
	}

	private static Object[] concat(Object[] args, Object last) {
		Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
		all[args.length] = last;
		return all;
	}
}
