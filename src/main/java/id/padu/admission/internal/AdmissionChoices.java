package id.padu.admission.internal;

import id.padu.registry.FamilyMember;
import id.padu.services.FieldOption;
import id.padu.services.FieldOptions;
import id.padu.services.FormContext;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The run-time choices of the admission forms: {@code admission.schools} are the schools with seats in the
 * bundle's current period, nearest first with the distance from home shown (whether registration is open is the
 * form check's to say, with the dates; the choices stay readable on applications made earlier);
 * {@code admission.children} are the children on the applicant's Kartu Keluarga (the age rule is the form
 * check's, so a parent learns why a child cannot apply instead of not finding it).
 */
@Component
class AdmissionChoices implements FieldOptions {

	private final Periods periods;
	private final Households households;
	private final AdmissionTexts texts;

	AdmissionChoices(Periods periods, Households households, AdmissionTexts texts) {
		this.periods = periods;
		this.households = households;
		this.texts = texts;
	}

	@Override
	public Set<String> sources() {
		return Set.of(AdmissionForm.SCHOOLS, AdmissionForm.CHILDREN);
	}

	@Override
	public List<FieldOption> options(String source, FormContext context) {
		Optional<Household> household = households.of(context.applicant());
		if (AdmissionForm.CHILDREN.equals(source)) {
			return household.map(h -> h.children().stream().map(c -> child(c, context)).toList()).orElse(List.of());
		}
		Optional<AdmissionPeriod> period = periods.current(context.serviceCode());
		if (period.isEmpty()) {
			return List.of();
		}
		return periods.schoolsOf(period.get()).stream()
			.map(s -> new Choice(s.school(), household.flatMap(h -> h.metresTo(s.school())).orElse(null)))
			.sorted(Comparator.comparing(Choice::metres, Comparator.nullsLast(Comparator.naturalOrder())))
			.map(c -> new FieldOption(c.school().npsn(), c.school().name(),
					texts.metres(c.metres(), household.map(Household::precision).orElse(LocationPrecision.NONE),
							context.locale())))
			.toList();
	}

	private FieldOption child(FamilyMember child, FormContext context) {
		return new FieldOption(child.nik().value(), child.fullName(),
				texts.get(context.locale(), "admission.child.born", AdmissionTexts.date(child.birthDate(), context.locale())));
	}

	private record Choice(School school, Long metres) {
	}
}
