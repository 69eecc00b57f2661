package id.padu.localtax.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * {@code padu.localtax.pbb}: the OPD whose staff keep the tax roll ({@code opd}, default {@code bapenda}) and,
 * under {@code regulations.<tenant id>}, each pemda's PBB-P2 rules as its Perda sets them. A pemda
 * without an entry has no PBB-P2 in Padu yet (its citizens are told so). Percentages are written as in the Perda
 * ({@code 0.1} for 0,1 %); {@code dueDate} is month and day ({@code 08-31}).
 */
@ConfigurationProperties("padu.localtax.pbb")
record PbbSettings(String opd, Map<String, Regulation> regulations) {

	PbbSettings {
		opd = opd == null || opd.isBlank() ? "bapenda" : opd;
		regulations = regulations == null ? Map.of() : Map.copyOf(regulations);
	}

	record Regulation(String name, Long njoptkp, Integer taxBasePercent, List<Rate> rates, String dueDate,
			BigDecimal penaltyPercentPerMonth, Integer penaltyMaxMonths, String revenueAccount) {
	}

	/** {@code upTo} null: the band above all others. */
	record Rate(Long upTo, BigDecimal percent) {
	}
}
