package id.padu.archive.internal.custody.bagit;

import id.padu.archive.internal.ArchiveFileRepository;
import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.ArchiveRecordRepository;
import id.padu.archive.internal.Filing;
import id.padu.archive.internal.RecordMedia;
import id.padu.archive.internal.custody.CustodyFixture;
import id.padu.archive.internal.custody.Zips;
import id.padu.classification.SecurityClass;
import id.padu.identity.Role;
import id.padu.support.PaduIntegrationTest;
import id.padu.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.padu.archive.internal.custody.CustodyFixture.TANGERANG;
import static id.padu.archive.internal.custody.CustodyFixture.pdf;
import static id.padu.archive.internal.custody.CustodyFixture.sha256;
import static id.padu.archive.internal.custody.CustodyFixture.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

@PaduIntegrationTest
class BagItImportIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Filing filing;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ArchiveRecordRepository records;

	@Autowired
	ArchiveFileRepository files;

	@Autowired
	JdbcClient jdbc;

	@Value("${padu.data-dir}")
	Path dataDir;

	byte[] letter;
	ArchiveRecord original;
	Map<String, byte[]> bag;

	@BeforeEach
	void exportABerkas() throws Exception {
		CustodyFixture fixture = new CustodyFixture(filing, tx);
		letter = pdf();
		original = fixture.file("Laporan tahunan arsip", "100", RecordMedia.ELECTRONIC, SecurityClass.TERBATAS, null,
				letter);
		fixture.file("Daftar arsip kertas", "400", RecordMedia.PAPER, SecurityClass.BIASA, original.berkasId());
		MvcResult exported = mvc.perform(get("/api/v1/archive/berkas/" + original.berkasId() + "/bagit")
			.with(authentication(signedIn("arsiparis", Role.ARCHIVIST)))).andReturn();
		bag = Zips.read(exported.getResponse().getContentAsByteArray());
	}

	@Test
	void anExportedBagComesBackAsASecondBerkas() throws Exception {
		MvcResult result = upload(Zips.write(bag));
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		JsonNode body = JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
		UUID copy = UUID.fromString(body.get("berkasId").asString());
		assertThat(copy).isNotEqualTo(original.berkasId());
		assertThat(body.get("records").asInt()).isEqualTo(2);
		List<ArchiveRecord> imported = TenantContext.callAs(TANGERANG,
				() -> records.findByBerkasIdOrderByRecordDateAscFiledAtAsc(copy));
		assertThat(imported).extracting(ArchiveRecord::title).containsExactly("Laporan tahunan arsip",
				"Daftar arsip kertas");
		assertThat(imported.get(0).securityClass()).isEqualTo(SecurityClass.TERBATAS);
		assertThat(imported.get(1).media()).isEqualTo(RecordMedia.PAPER);
		assertThat(imported.get(1).classificationCode()).isEqualTo("400");
		assertThat(imported.get(1).location().shelf()).isEqualTo("Rak 2");
		assertThat(TenantContext.callAs(TANGERANG, () -> files.findByRecordIdOrderByCreatedAt(imported.get(0).getId())))
			.extracting(f -> f.sha256()).containsExactly(sha256(letter));
	}

	@Test
	void aZipBombIsRefusedWhileUnpacking() throws Exception {
		Map<String, byte[]> bomb = new LinkedHashMap<>(bag);
		bomb.put("data/nol.bin", new byte[64 * 1024 * 1024]);
		refused(Zips.write(bomb), "archive.custody.bagit.zipBomb", "data/nol.bin");
	}

	@Test
	void pathTraversalAndAbsolutePathsAreRefused() throws Exception {
		Map<String, byte[]> evil = new LinkedHashMap<>();
		evil.put("../evil", "x".getBytes(StandardCharsets.US_ASCII));
		evil.putAll(bag);
		refused(Zips.write(evil), "archive.custody.bagit.unsafePath", "../evil");
		assertThat(Files.exists(dataDir.resolve("evil"))).isFalse();
		Map<String, byte[]> absolute = new LinkedHashMap<>(bag);
		absolute.put("/tmp/padu-evil", "x".getBytes(StandardCharsets.US_ASCII));
		refused(Zips.write(absolute), "archive.custody.bagit.unsafePath", "/tmp/padu-evil");
		Map<String, byte[]> hidden = new LinkedHashMap<>(bag);
		hidden.put("data/a/../../../evil", "x".getBytes(StandardCharsets.US_ASCII));
		refused(Zips.write(hidden), "archive.custody.bagit.unsafePath", "evil");
	}

	@Test
	void aChangedFileOrAMissingManifestIsRefused() throws Exception {
		Map<String, byte[]> changed = new LinkedHashMap<>(bag);
		String payload = changed.keySet().stream().filter(n -> n.startsWith("data/arsip-001/")).findFirst().orElseThrow();
		changed.put(payload, pdf());
		refused(Zips.write(changed), "archive.custody.bagit.checksum", payload);

		Map<String, byte[]> noManifest = new LinkedHashMap<>(bag);
		noManifest.remove("manifest-sha256.txt");
		refused(Zips.write(noManifest), "archive.custody.bagit.missingManifest", "manifest-sha256.txt");

		Map<String, byte[]> extra = new LinkedHashMap<>(bag);
		extra.put("data/tambahan.pdf", pdf());
		refused(Zips.write(extra), "archive.custody.bagit.notInManifest", "data/tambahan.pdf");
	}

	@Test
	void anUnknownClassificationCodeIsNamed() throws Exception {
		Map<String, byte[]> unknown = new LinkedHashMap<>(bag);
		String dc = new String(bag.get("data/metadata/dublin-core.xml"), StandardCharsets.UTF_8);
		byte[] changed = dc.replace("<dc:subject>400</dc:subject>", "<dc:subject>987</dc:subject>")
			.getBytes(StandardCharsets.UTF_8);
		unknown.put("data/metadata/dublin-core.xml", changed);
		unknown.put("manifest-sha256.txt", new String(bag.get("manifest-sha256.txt"), StandardCharsets.UTF_8)
			.replace(sha256(bag.get("data/metadata/dublin-core.xml")), sha256(changed)).getBytes(StandardCharsets.UTF_8));
		unknown.remove("tagmanifest-sha256.txt");
		refused(Zips.write(unknown), "archive.custody.bagit.unknownCodes", "987");
	}

	/** Refused with a problem detail naming the entry; no berkas, record or file row was written. */
	private void refused(byte[] zip, String code, String named) throws Exception {
		long berkasBefore = count("berkas");
		long recordsBefore = count("archive_record");
		long filesBefore = count("archive_file");
		MvcResult result = upload(zip);
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(422);
		JsonNode problem = JsonMapper.builder().build().readTree(body);
		assertThat(problem.get("code").asString()).isEqualTo(code);
		assertThat(problem.get("detail").asString()).contains(named);
		assertThat(count("berkas")).isEqualTo(berkasBefore);
		assertThat(count("archive_record")).isEqualTo(recordsBefore);
		assertThat(count("archive_file")).isEqualTo(filesBefore);
		Path kept = dataDir.resolve("files").resolve(sha256(letter).substring(0, 2)).resolve(sha256(letter));
		assertThat(Files.readAllBytes(kept)).isEqualTo(letter);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private MvcResult upload(byte[] zip) throws Exception {
		return mvc.perform(multipart("/api/v1/archive/bagit")
			.file(new MockMultipartFile("file", "paket.zip", "application/zip", zip)).with(csrf())
			.with(authentication(signedIn("arsiparis", Role.ARCHIVIST)))).andReturn();
	}
}
