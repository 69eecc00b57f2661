package id.padu.localtax.internal;

import id.padu.localtax.Nop;
import id.padu.shared.KodeWilayah;
import id.padu.shared.web.Formats;
import id.padu.wilayah.Wilayah;
import id.padu.wilayah.WilayahDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Tax objects and SPPTs as pages and the API show them, with today's amounts: an unpaid SPPT past its due
 * date is OVERDUE and its total includes the interest owed today (the pemda's penalty policy, or UU HKPD's
 * when the pemda has no PBB-P2 regulation in Padu).
 */
@Component
@Transactional(readOnly = true)
class PbbViews {

	/** A tax object with its SPPTs, newest year first. */
	record ObjectView(String nop, String nopDigits, String subjectNik, String street, String rt, String rw,
			String kelurahanKode, String kelurahan, long landAreaM2, long buildingAreaM2, String landClass,
			long njopLandPerM2, String buildingClass, long njopBuildingPerM2, List<SpptView> sppt) {
	}

	/** One year's SPPT; {@code awaitingPayment} names the application whose bill is open, if any. */
	record SpptView(String nop, String nopDigits, int year, long njopLand, long njopBuilding, long njop, long njoptkp,
			long taxBase, BigDecimal tariffPercent, long tax, LocalDate dueDate, String status, int penaltyMonths,
			long penalty, long total, Instant paidAt, String awaitingPayment) {

		public boolean payable() {
			return !"PAID".equals(status) && awaitingPayment == null && tax > 0;
		}
	}

	private final SpptRepository sppts;
	private final PbbPaymentRepository payments;
	private final PbbRegulations regulations;
	private final WilayahDirectory wilayah;
	private final Clock clock;

	PbbViews(SpptRepository sppts, PbbPaymentRepository payments, PbbRegulations regulations, WilayahDirectory wilayah,
			Clock clock) {
		this.sppts = sppts;
		this.payments = payments;
		this.regulations = regulations;
		this.wilayah = wilayah;
		this.clock = clock;
	}

	ObjectView object(TaxObjectRecord o) {
		Nop nop = new Nop(o.nop());
		String kelurahan = wilayah.find(KodeWilayah.of(o.kelurahanKode())).map(Wilayah::nama).orElse(o.kelurahanKode());
		return new ObjectView(nop.formatted(), nop.value(), o.subjectNik(), o.street(), o.rt(), o.rw(), o.kelurahanKode(),
				kelurahan, o.landAreaM2(), o.buildingAreaM2(), o.landClass(), o.njopLandPerM2(), o.buildingClass(),
				o.njopBuildingPerM2(), sppts.findByNopOrderByTaxYearDesc(o.nop()).stream().map(this::sppt).toList());
	}

	SpptView sppt(SpptRecord s) {
		Instant now = clock.instant();
		LatePaymentPenalty policy = regulations.current().map(PbbRegulation::penalty)
			.orElse(LatePaymentPenalty.HKPD_2022);
		SpptState state = SpptState.of(s, policy, LocalDate.ofInstant(now, Formats.JAKARTA));
		String awaiting = s.pendingPaymentId() == null ? null : payments.findById(s.pendingPaymentId())
			.filter(p -> p.open(now)).map(PbbPaymentRecord::reference).orElse(null);
		Nop nop = new Nop(s.nop());
		return new SpptView(nop.formatted(), nop.value(), s.taxYear(), s.njopLand(), s.njopBuilding(), s.njop(),
				s.njoptkp(), s.taxBase(), BigDecimal.valueOf(s.tariffBasisPoints(), 2), s.taxRupiah(), s.dueDate(),
				state.status(), state.penaltyMonths(), state.penalty(), state.total(), s.paidAt(),
				s.isPaid() ? null : awaiting);
	}
}
