package id.padu.documents.internal;

import id.padu.documents.DocumentStore;
import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import id.padu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sweep: old bytes without a row of any pemda go, as do abandoned uploads; bytes with a row (of the
 * other pemda too), young bytes, bytes just reused by an upload and files not named like the store's stay.
 */
@PaduIntegrationTest
class OrphanFileSweeperIT {

	static final TenantId TANGSEL = TenantId.of("kota-tangerang-selatan");
	static final Duration OLD = Duration.ofDays(3);

	@Autowired
	OrphanFileSweeper sweeper;

	@Autowired
	DocumentStore store;

	@Autowired
	TransactionTemplate tx;

	@Value("${padu.data-dir}")
	Path dataDir;

	@Test
	void oldUnreferencedBytesAndAbandonedUploadsAreRemovedEverythingElseStays() throws Exception {
		Instant now = Instant.now();
		byte[] kept = pdf();
		String keptSha = sha(kept);
		TenantContext.runAs(TANGSEL, () -> tx.executeWithoutResult(s -> store.store(new ByteArrayInputStream(kept), "akta.pdf")));
		Path referenced = age(file(keptSha), now.minus(OLD));
		Path orphan = age(write(pdf()), now.minus(OLD));
		Path young = write(pdf());
		Path reused = age(write(pdf()), now.minus(OLD));
		Path upload = age(Files.writeString(dataDir.resolve("files/tmp/upload-" + UUID.randomUUID() + ".part"), "x"),
				now.minus(OLD));
		Path stranger = age(Files.writeString(orphan.getParent().resolve("LIESMICH.txt"), "x"), now.minus(OLD));
		try {
			// An upload of the same bytes whose transaction rolls back: the bytes are reused and young again.
			byte[] again = Files.readAllBytes(reused);
			assertThatThrownBy(() -> TenantContext.runAs(TANGSEL, () -> tx.executeWithoutResult(s -> {
				store.store(new ByteArrayInputStream(again), "ulang.pdf");
				throw new IllegalStateException("rolled back");
			}))).hasMessage("rolled back");

			OrphanFileSweeper.Result result = sweeper.sweep(now.minus(Duration.ofHours(24)));

			assertThat(orphan).doesNotExist();
			assertThat(upload).doesNotExist();
			assertThat(referenced).exists();
			assertThat(young).exists();
			assertThat(reused).exists();
			assertThat(stranger).exists();
			assertThat(result.orphansRemoved()).isGreaterThanOrEqualTo(1);
			assertThat(result.uploadsRemoved()).isGreaterThanOrEqualTo(1);
			assertThat(result.checked()).isGreaterThanOrEqualTo(2);
			assertThat(TenantContext.callAs(TANGSEL, () -> store.exists(keptSha))).isTrue();
		} finally {
			for (Path path : new Path[] { young, reused, upload, stranger }) {
				Files.deleteIfExists(path);
			}
		}
	}

	private Path write(byte[] content) throws Exception {
		Path file = file(sha(content));
		Files.createDirectories(file.getParent());
		return Files.write(file, content);
	}

	private Path file(String sha) {
		return dataDir.resolve("files").resolve(sha.substring(0, 2)).resolve(sha);
	}

	private static Path age(Path file, Instant modified) throws IOException {
		Files.setLastModifiedTime(file, FileTime.from(modified));
		return file;
	}

	private static byte[] pdf() {
		return ("%PDF-1.7\n% sapu " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
	}

	private static String sha(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}
}
