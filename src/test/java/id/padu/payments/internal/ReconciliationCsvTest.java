package id.padu.payments.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReconciliationCsvTest {

	@Test
	void formulasAreDisarmed() {
		assertThat(ReconciliationCsv.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(ReconciliationCsv.safe("-1")).isEqualTo("'-1");
		assertThat(ReconciliationCsv.safe("Retribusi")).isEqualTo("Retribusi");
		assertThat(ReconciliationCsv.safe("")).isEmpty();
	}
}
