package id.padu.localtax.internal;

import id.padu.tenancy.TenantContext;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PBB-P2 regulation of each configured pemda, read and checked once at start-up: an implausible Perda
 * setting (a tariff above 0,5 %, NJOPTKP below Rp 10 juta...) stops the start with the reason instead of
 * producing wrong SPPTs.
 */
@Component
class PbbRegulations {

	private static final BigDecimal BASIS_POINTS_PER_PERCENT = BigDecimal.valueOf(100);

	private final Map<String, PbbRegulation> byTenant = new HashMap<>();

	PbbRegulations(PbbSettings settings) {
		settings.regulations().forEach((tenant, s) -> {
			try {
				byTenant.put(tenant, regulation(s));
			} catch (RuntimeException e) {
				throw new IllegalStateException("padu.localtax.pbb.regulations." + tenant + ": " + e.getMessage(), e);
			}
		});
	}

	/** The current pemda's regulation, if it has PBB-P2 in Padu. */
	Optional<PbbRegulation> current() {
		return Optional.ofNullable(byTenant.get(TenantContext.require().value()));
	}

	static PbbRegulation regulation(PbbSettings.Regulation s) {
		List<PbbRegulation.Band> bands = (s.rates() == null ? List.<PbbSettings.Rate>of() : s.rates()).stream()
			.map(r -> new PbbRegulation.Band(r.upTo(), basisPoints(r.percent()))).toList();
		BigDecimal penalty = s.penaltyPercentPerMonth() == null ? BigDecimal.ONE : s.penaltyPercentPerMonth();
		return new PbbRegulation(s.name(), s.njoptkp() == null ? 0 : s.njoptkp(),
				s.taxBasePercent() == null ? 100 : s.taxBasePercent(), bands,
				MonthDay.parse("--" + (s.dueDate() == null ? "08-31" : s.dueDate())),
				new LatePaymentPenalty(basisPoints(penalty), s.penaltyMaxMonths() == null ? 24 : s.penaltyMaxMonths()),
				s.revenueAccount());
	}

	/** 0.1 (%) is 10 basis points; finer shares than 0,01 % are refused. */
	private static int basisPoints(BigDecimal percent) {
		if (percent == null) {
			throw new IllegalArgumentException("A rate needs its percent");
		}
		return percent.multiply(BASIS_POINTS_PER_PERCENT).intValueExact();
	}
}
