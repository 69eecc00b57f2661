package id.padu.tenancy;

import id.padu.support.PaduIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Public pages speak for the pemda whose host name was called, or for the configured default. */
@PaduIntegrationTest
class PublicTenantIT {

	@LocalServerPort
	int port;

	@Test
	void eachPemdaHasItsOwnPortalByHostName() throws Exception {
		assertThat(get("tangsel.localhost")).contains("Layanan publik Kota Tangerang Selatan")
			.contains("Pemerintah Kota Tangerang Selatan");
		assertThat(get("tangerang.localhost")).contains("Layanan publik Kota Tangerang<")
			.doesNotContain("Tangerang Selatan");
	}

	@Test
	void unknownHostNamesGetAClearPageWhenNoDefaultIsConfigured() throws Exception {
		String page = get("padu.example.go.id");
		assertThat(page).startsWith("HTTP/1.1 404")
			.contains("Alamat padu.example.go.id tidak terhubung ke pemerintah daerah mana pun di Padu.")
			.doesNotContain("Exception");
	}

	/** A raw request, because java.net.http does not let a caller set the Host header. */
	private String get(String host) throws Exception {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
