package id.padu.archive.internal.custody.bagit;

import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.BerkasRepository;
import id.padu.archive.internal.Filing;
import id.padu.archive.internal.RecordMedia;
import id.padu.archive.internal.custody.CustodyFixture;
import id.padu.archive.internal.custody.Zips;
import id.padu.classification.SecurityClass;
import id.padu.identity.Role;
import id.padu.support.PaduIntegrationTest;
import id.padu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static id.padu.archive.internal.custody.CustodyFixture.TANGERANG;
import static id.padu.archive.internal.custody.CustodyFixture.pdf;
import static id.padu.archive.internal.custody.CustodyFixture.sha256;
import static id.padu.archive.internal.custody.CustodyFixture.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@PaduIntegrationTest
class BagItExportIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Filing filing;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	BerkasRepository berkas;

	@Test
	void aBerkasTravelsAsAValidBagWithDublinCore() throws Exception {
		CustodyFixture fixture = new CustodyFixture(filing, tx);
		byte[] letter = pdf();
		ArchiveRecord first = fixture.file("Surat keputusan / tim arsip", "100", RecordMedia.ELECTRONIC,
				SecurityClass.BIASA, null, letter);
		fixture.file("Surat keputusan / tim arsip", "100", RecordMedia.PAPER, SecurityClass.BIASA, first.berkasId(),
				pdf());
		String number = TenantContext.callAs(TANGERANG, () -> berkas.findById(first.berkasId()).orElseThrow().berkasNumber());

		MvcResult result = mvc.perform(get("/api/v1/archive/berkas/" + first.berkasId() + "/bagit")
			.with(authentication(signedIn("arsiparis", Role.ARCHIVIST)))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/zip");
		Map<String, byte[]> bag = Zips.read(result.getResponse().getContentAsByteArray());

		assertThat(text(bag, "bagit.txt")).isEqualTo("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
		String info = text(bag, "bag-info.txt");
		assertThat(info).contains("Source-Organization: Pemerintah Kota Tangerang", "External-Identifier: " + number,
				"Bag-Count: 1 of 1", "Bagging-Date: ", "Internal-Sender-Description: ");
		long octets = 0;
		int count = 0;
		for (Map.Entry<String, byte[]> e : bag.entrySet()) {
			if (e.getKey().startsWith("data/")) {
				octets += e.getValue().length;
				count++;
			}
		}
		assertThat(info).contains("Payload-Oxum: " + octets + "." + count);
		assertThat(count).isEqualTo(3);

		String manifest = text(bag, "manifest-sha256.txt");
		assertThat(manifest.lines().count()).isEqualTo(count);
		for (String line : manifest.lines().toList()) {
			String[] parts = line.split("  ", 2);
			assertThat(bag).containsKey(parts[1]);
			assertThat(sha256(bag.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
		}
		assertThat(manifest).contains(sha256(letter) + "  data/arsip-001/");
		for (String line : text(bag, "tagmanifest-sha256.txt").lines().toList()) {
			String[] parts = line.split("  ", 2);
			assertThat(sha256(bag.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
		}
		assertThat(text(bag, "tagmanifest-sha256.txt")).contains("bagit.txt", "bag-info.txt", "manifest-sha256.txt");

		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document dc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bag.get("data/metadata/dublin-core.xml")));
		String ns = "http://purl.org/dc/elements/1.1/";
		assertThat(dc.getElementsByTagNameNS(ns, "title").getLength()).isEqualTo(3);
		assertThat(dc.getElementsByTagNameNS(ns, "identifier").item(0).getTextContent()).isEqualTo(number);
		assertThat(dc.getElementsByTagNameNS(ns, "subject").item(1).getTextContent()).isEqualTo("100");
		assertThat(dc.getElementsByTagNameNS(ns, "date").item(1).getTextContent()).isEqualTo("2026-03-02");
		assertThat(dc.getElementsByTagNameNS(ns, "rights").item(0).getTextContent()).isEqualTo("BIASA");
		assertThat(dc.getElementsByTagNameNS(ns, "format").item(0).getTextContent()).isEqualTo("application/pdf");
		assertThat(dc.getElementsByTagNameNS(ns, "creator").getLength()).isEqualTo(3);
		assertThat(dc.getElementsByTagNameNS(ns, "description").getLength()).isEqualTo(3);
	}

	@Test
	void aSecretBerkasLeavesOnlyWithAnArchivist() throws Exception {
		ArchiveRecord secret = new CustodyFixture(filing, tx).file("Pemeriksaan khusus", "100", RecordMedia.ELECTRONIC,
				SecurityClass.RAHASIA, null, pdf());
		String path = "/api/v1/archive/berkas/" + secret.berkasId() + "/bagit";
		assertThat(mvc.perform(get(path).with(authentication(signedIn("admin", Role.ADMIN)))).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get(path).with(authentication(signedIn("petugas", Role.OFFICER)))).andReturn()
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get(path).with(authentication(signedIn("arsiparis", Role.ARCHIVIST)))).andReturn()
			.getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/api/v1/archive/berkas/" + UUID.randomUUID() + "/bagit")
			.with(authentication(signedIn("arsiparis", Role.ARCHIVIST)))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	private static String text(Map<String, byte[]> bag, String name) {
		assertThat(bag).containsKey(name);
		return new String(bag.get(name), StandardCharsets.UTF_8);
	}
}
