package id.padu.documents;

import id.padu.shared.NotFoundException;
import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import id.padu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The content-addressed store: same bytes once, type by content, each pemda sees only its own files. */
@PaduIntegrationTest
class DocumentStoreIT {

	static final TenantId TANGERANG = TenantId.of("kota-tangerang");
	static final TenantId TANGSEL = TenantId.of("kota-tangerang-selatan");

	@Autowired
	DocumentStore store;

	@Autowired
	TransactionTemplate tx;

	@Value("${padu.data-dir}")
	Path dataDir;

	@Test
	void identicalBytesAreStoredOnceAndServedOnlyToTheirPemda() throws Exception {
		byte[] pdf = ("%PDF-1.7\n% uji " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
		StoredFile first = store(TANGERANG, pdf, "../../etc/akta.pdf");
		StoredFile second = store(TANGERANG, pdf, "salinan.pdf");
		assertThat(first.sha256()).isEqualTo(sha).isEqualTo(second.sha256());
		assertThat(first.mediaType()).isEqualTo("application/pdf");
		assertThat(first.size()).isEqualTo(pdf.length);
		assertThat(second.originalName()).isEqualTo("akta.pdf");
		Path file = dataDir.resolve("files").resolve(sha.substring(0, 2)).resolve(sha);
		assertThat(Files.readAllBytes(file)).isEqualTo(pdf);
		try (Stream<Path> copies = Files.walk(dataDir.resolve("files"))) {
			assertThat(copies.filter(p -> p.getFileName().toString().equals(sha))).hasSize(1);
		}
		try (Stream<Path> temps = Files.list(dataDir.resolve("files").resolve("tmp"))) {
			assertThat(temps).isEmpty();
		}
		assertThat(TenantContext.callAs(TANGERANG, () -> read(sha))).isEqualTo(pdf);

		assertThat(TenantContext.callAs(TANGSEL, () -> store.exists(sha))).isFalse();
		assertThat(TenantContext.callAs(TANGSEL, () -> store.find(sha))).isEmpty();
		assertThatThrownBy(() -> TenantContext.callAs(TANGSEL, () -> store.open(sha)))
			.isInstanceOf(NotFoundException.class).hasMessage("documents.file.notFound");
		// Tangsel storing the same bytes gets its own row, the bytes stay one file.
		assertThat(store(TANGSEL, pdf, "tangsel.pdf").originalName()).isEqualTo("tangsel.pdf");
		assertThat(TenantContext.callAs(TANGSEL, () -> store.exists(sha))).isTrue();
		assertThat(TenantContext.callAs(TANGERANG, () -> store.find(sha)).orElseThrow().originalName()).isEqualTo("akta.pdf");
		assertThat(TenantContext.callAs(TANGERANG, () -> store.exists("../" + sha.substring(3)))).isFalse();
	}

	@Test
	void theTypeComesFromTheContentNotTheName() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte) randomByte() };
		assertThat(store(TANGERANG, png, "foto.pdf").mediaType()).isEqualTo("image/png");
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', (byte) randomByte() };
		assertThat(store(TANGERANG, jpeg, "foto.png").mediaType()).isEqualTo("image/jpeg");
		for (byte[] refused : new byte[][] { "MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1),
				"<!DOCTYPE html><html></html>".getBytes(StandardCharsets.US_ASCII),
				" %PDF-1.4 leading space".getBytes(StandardCharsets.US_ASCII), { 'P', 'K', 3, 4 } }) {
			assertThatThrownBy(() -> store(TANGERANG, refused, "surat.pdf"))
				.isInstanceOf(DocumentRejectedException.class).hasMessage("documents.rejected.type");
		}
		assertThatThrownBy(() -> store(TANGERANG, new byte[0], "kosong.pdf")).hasMessage("documents.rejected.empty");
		byte[] big = new byte[(int) store.maxSize() + 1];
		System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
		assertThatThrownBy(() -> store(TANGERANG, big, "besar.pdf")).hasMessage("documents.rejected.tooLarge");
		byte[] exactly = new byte[(int) store.maxSize()];
		System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, exactly, 0, 5);
		exactly[exactly.length - 1] = (byte) randomByte();
		assertThat(store(TANGERANG, exactly, "pas.pdf").size()).isEqualTo(store.maxSize());
	}

	@Test
	void theArchiveTakesTiffAndLargerScansWhileCitizensKeepTheDefaults() {
		Acceptance scans = new Acceptance(Acceptance.SCANS, store.maxSize() * 2);
		byte[] littleEndian = { 'I', 'I', 42, 0, 8, 0, 0, 0, (byte) randomByte(), (byte) randomByte() };
		byte[] bigEndian = { 'M', 'M', 0, 42, 0, 0, 0, 8, (byte) randomByte(), (byte) randomByte() };
		assertThatThrownBy(() -> store(TANGERANG, littleEndian, "pindaian.tif")).hasMessage("documents.rejected.type");
		assertThat(store(TANGERANG, littleEndian, "pindaian.pdf", scans).mediaType()).isEqualTo("image/tiff");
		assertThat(store(TANGERANG, bigEndian, "pindaian.tiff", scans).mediaType()).isEqualTo("image/tiff");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte) randomByte() };
		assertThat(store(TANGERANG, png, "foto.jpg", scans).mediaType()).isEqualTo("image/png");
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 8, 0, (byte) randomByte() };
		assertThatThrownBy(() -> store(TANGERANG, zip, "surat.pdf", scans)).isInstanceOf(DocumentRejectedException.class)
			.hasMessage("documents.rejected.type");
		assertThatThrownBy(() -> store(TANGERANG, png, "foto.png", new Acceptance(Set.of(Acceptance.PDF), 1024)))
			.hasMessage("documents.rejected.type");

		byte[] large = new byte[(int) store.maxSize() + 1];
		System.arraycopy(littleEndian, 0, large, 0, 4);
		large[large.length - 1] = (byte) randomByte();
		assertThatThrownBy(() -> store(TANGERANG, large, "besar.tif")).hasMessage("documents.rejected.tooLarge");
		assertThat(store(TANGERANG, large, "besar.tif", scans).size()).isEqualTo(large.length);
		byte[] tooLarge = new byte[(int) scans.maxBytes() + 1];
		System.arraycopy(littleEndian, 0, tooLarge, 0, 4);
		assertThatThrownBy(() -> store(TANGERANG, tooLarge, "terlalu-besar.tif", scans)).hasMessage("documents.rejected.tooLarge");
	}

	private StoredFile store(TenantId tenant, byte[] bytes, String name, Acceptance acceptance) {
		return TenantContext.callAs(tenant, () -> tx.execute(status -> store.store(new ByteArrayInputStream(bytes), name, acceptance)));
	}

	private StoredFile store(TenantId tenant, byte[] bytes, String name) {
		return TenantContext.callAs(tenant, () -> tx.execute(status -> store.store(new ByteArrayInputStream(bytes), name)));
	}

	private byte[] read(String sha) {
		try (InputStream in = store.open(sha)) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static int randomByte() {
		return UUID.randomUUID().hashCode() & 0xFF;
	}
}
