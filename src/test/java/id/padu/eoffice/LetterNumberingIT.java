package id.padu.eoffice;

import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static id.padu.eoffice.LettersFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parallel signings get consecutive numbers of their unit and year, none twice, and signings refused for a wrong
 * passphrase take none: the numbers issued are exactly the next N.
 */
@PaduIntegrationTest
class LetterNumberingIT {

	static final int LETTERS = 20;
	static final int WRONG = 4;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void parallelSigningsGetConsecutiveNumbersWithoutGaps() throws Exception {
		WebClient sekretariat = WebClient.signedIn(port, "sekretariat");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < LETTERS + WRONG; i++) {
			String id = LettersFixture.created(sekretariat, LettersFixture.notaDinas("Surat paralel " + i, List.of()));
			assertThat(LettersFixture.submit(sekretariat, id).statusCode()).isEqualTo(200);
			ids.add(id);
		}
		int before = jdbc.sql("select coalesce(max(last_value), 0) from letter_number_sequence where tenant_id = "
				+ "'kota-tangerang' and unit_code = 'disdukcapil'").query(Integer.class).single();
		List<Callable<HttpResponse<String>>> work = new ArrayList<>();
		for (int i = 0; i < LETTERS + WRONG; i++) {
			String id = ids.get(i);
			String passphrase = i < LETTERS ? LettersFixture.PASSPHRASE : "salah-" + i;
			work.add(() -> LettersFixture.sign(WebClient.signedIn(port, "kadis"), id, passphrase));
		}
		java.util.Collections.shuffle(work);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Integer> numbers = new ArrayList<>();
		int refused = 0;
		try {
			for (Future<HttpResponse<String>> result : pool.invokeAll(work)) {
				HttpResponse<String> response = result.get();
				if (response.statusCode() == 200) {
					numbers.add(Integer.parseInt(json(response).get("number").asString().split("/")[1]));
				} else {
					assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
					assertThat(response.body()).contains("documents.signing.refused.wrongPassphrase");
					refused++;
				}
			}
		} finally {
			pool.shutdown();
		}
		assertThat(refused).isEqualTo(WRONG);
		assertThat(numbers).hasSize(LETTERS).doesNotHaveDuplicates();
		assertThat(numbers.stream().sorted().toList())
			.isEqualTo(java.util.stream.IntStream.rangeClosed(before + 1, before + LETTERS).boxed().toList());
		assertThat(jdbc.sql("select last_value from letter_number_sequence where tenant_id = 'kota-tangerang' "
				+ "and unit_code = 'disdukcapil' and seq_year = (select max(seq_year) from letter_number_sequence)")
			.query(Integer.class).single()).isEqualTo(before + LETTERS);
	}
}
