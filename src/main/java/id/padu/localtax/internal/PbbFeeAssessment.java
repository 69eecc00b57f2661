package id.padu.localtax.internal;

import id.padu.localtax.Nop;
import id.padu.services.FeeAssessment;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.Nik;
import id.padu.shared.Rupiah;
import id.padu.shared.web.Formats;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code fee: { type: assessed, by: localtax.pbb }}: the SPPT of the NOP and year the citizen entered, plus the
 * late-payment interest as of today. Padu lets a citizen pay only the SPPTs of objects registered to their own
 * NIK (someone else's NOP is refused with the same words as an unknown one, so nobody learns whose it is); one
 * payment at a time per SPPT, and none once it is paid. The bill is due when the interest would next grow, at
 * the latest after {@value #PAY_WITHIN_DAYS} days, so the amount on the bill is always the amount owed.
 */
@Component
class PbbFeeAssessment implements FeeAssessment {

	static final String NAME = "localtax.pbb";
	static final String NOP = "nop";
	static final String YEAR = "tahun";
	static final int PAY_WITHIN_DAYS = 7;

	/** The object, SPPT and regulation an application is about, once every check passed. */
	private record Found(Nop nop, SpptRecord sppt, PbbRegulation regulation) {
	}

	private final NopAreas areas;
	private final TaxObjectRepository objects;
	private final SpptRepository sppts;
	private final PbbPaymentRepository payments;
	private final PbbRegulations regulations;
	private final Clock clock;

	PbbFeeAssessment(NopAreas areas, TaxObjectRepository objects, SpptRepository sppts, PbbPaymentRepository payments,
			PbbRegulations regulations, Clock clock) {
		this.areas = areas;
		this.objects = objects;
		this.sppts = sppts;
		this.payments = payments;
		this.regulations = regulations;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Set<String> fields() {
		return Set.of(NOP, YEAR);
	}

	@Override
	public String descriptionKey() {
		return "localtax.pbb.fee";
	}

	@Override
	public List<Problem> check(Nik applicant, Map<String, String> values) {
		List<Problem> problems = new ArrayList<>();
		find(applicant, values, problems);
		return problems;
	}

	@Override
	public Assessment assess(Nik applicant, Map<String, String> values, String reference) {
		List<Problem> problems = new ArrayList<>();
		Found found = find(applicant, values, problems);
		if (found == null) {
			Problem first = problems.get(0);
			throw new BusinessRuleViolation(first.messageKey(), first.args().toArray());
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, Formats.JAKARTA);
		SpptRecord sppt = found.sppt();
		LatePaymentPenalty policy = found.regulation().penalty();
		SpptState state = SpptState.of(sppt, policy, today);
		LocalDate last = today.plusDays(PAY_WITHIN_DAYS);
		if (state.sameUntil() != null && state.sameUntil().isBefore(last)) {
			last = state.sameUntil();
		}
		Instant payBefore = last.atTime(23, 59, 59).atZone(Formats.JAKARTA).toInstant();
		PbbPaymentRecord payment = payments.save(new PbbPaymentRecord(sppt, reference, state.penalty(),
				state.penaltyMonths(), payBefore, now));
		// Bumps the SPPT's version: of two applications racing for it, the second fails and is checked again.
		sppt.awaiting(payment.getId());
		sppts.saveAndFlush(sppt);
		return new Assessment(state.total(), description(found.nop(), sppt, state), found.regulation().revenueAccount(),
				payBefore);
	}

	private static String description(Nop nop, SpptRecord sppt, SpptState state) {
		String text = "PBB-P2 " + sppt.taxYear() + " NOP " + nop.formatted() + ": pokok "
				+ Rupiah.of(sppt.taxRupiah()).formatted();
		return state.penalty() == 0 ? text
				: text + " + denda " + state.penaltyMonths() + " bulan " + Rupiah.of(state.penalty()).formatted();
	}

	private Found find(Nik applicant, Map<String, String> values, List<Problem> problems) {
		PbbRegulation regulation = regulations.current().orElse(null);
		if (regulation == null) {
			problems.add(new Problem(NOP, "localtax.pbb.notOffered", List.of()));
			return null;
		}
		Nop nop;
		try {
			nop = Nop.parse(values.get(NOP));
		} catch (InvalidIdentifierException e) {
			problems.add(new Problem(NOP, e.messageKey(), List.of()));
			return null;
		}
		String area = areas.problem(nop).orElse(null);
		if (area != null) {
			problems.add(new Problem(NOP, area, List.of()));
			return null;
		}
		if (objects.findByNop(nop.value()).filter(o -> o.subjectNik().equals(applicant.value())).isEmpty()) {
			problems.add(new Problem(NOP, "localtax.pbb.notYours", List.of()));
			return null;
		}
		String yearText = values.getOrDefault(YEAR, "");
		if (!yearText.matches("\\d{4}")) {
			problems.add(new Problem(YEAR, "localtax.pbb.year", List.of()));
			return null;
		}
		int year = Integer.parseInt(yearText);
		SpptRecord sppt = sppts.findByNopAndTaxYear(nop.value(), year).orElse(null);
		String why = sppt == null ? "localtax.pbb.noSppt" : unpayable(sppt);
		if (why != null) {
			problems.add(new Problem(YEAR, why, List.of(year)));
			return null;
		}
		return new Found(nop, sppt, regulation);
	}

	private String unpayable(SpptRecord sppt) {
		if (sppt.isPaid()) {
			return "localtax.pbb.alreadyPaid";
		}
		if (sppt.taxRupiah() == 0) {
			return "localtax.pbb.nothingToPay";
		}
		boolean awaited = sppt.pendingPaymentId() != null && payments.findById(sppt.pendingPaymentId())
			.filter(p -> p.open(clock.instant())).isPresent();
		return awaited ? "localtax.pbb.pending" : null;
	}
}
