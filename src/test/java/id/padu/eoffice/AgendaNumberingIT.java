package id.padu.eoffice;

import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agenda book under load: registrations made at the same moment get consecutive agenda numbers, none twice,
 * and a registration refused for bad input takes no number.
 */
@PaduIntegrationTest
class AgendaNumberingIT {

	private static final int LETTERS = 24;
	private static final int REFUSED = 4;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void parallelRegistrationsGetConsecutiveAgendaNumbers() throws Exception {
		int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
		int before = jdbc.sql("select coalesce(max(last_number), 0) from incoming_agenda_counter where tenant_id = "
				+ "'kota-tangerang' and opd_code = 'disdukcapil' and agenda_year = ?").param(year).query(Integer.class).single();
		List<Callable<HttpResponse<String>>> work = new ArrayList<>();
		for (int i = 0; i < LETTERS + REFUSED; i++) {
			String metadata = IncomingFixture.metadata("Surat serentak " + i, "BIASA", i < LETTERS ? "100" : "999.999");
			work.add(() -> WebClient.signedIn(port, "sekretariat").send("POST", "/api/v1/incoming-letters",
					"application/json", metadata));
		}
		java.util.Collections.shuffle(work);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Integer> numbers = new ArrayList<>();
		int refused = 0;
		try {
			for (Future<HttpResponse<String>> result : pool.invokeAll(work)) {
				HttpResponse<String> response = result.get();
				if (response.statusCode() == 201) {
					numbers.add(Integer.parseInt(IncomingFixture.json(response).get("agendaNumber").asString().split("/")[0]));
				} else {
					assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
					refused++;
				}
			}
		} finally {
			pool.shutdown();
		}
		assertThat(refused).isEqualTo(REFUSED);
		assertThat(numbers).hasSize(LETTERS).doesNotHaveDuplicates();
		assertThat(numbers.stream().sorted().toList())
			.isEqualTo(IntStream.rangeClosed(before + 1, before + LETTERS).boxed().toList());
	}
}
