package id.padu.documents.internal;

import id.padu.support.PaduIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An admin sets the letterhead's address and place; the next document shows them. Runs in Tangerang Selatan. */
@PaduIntegrationTest
class LetterheadIT {

	@Autowired
	MockMvc mvc;

	@Test
	void theAdminChangesTheLetterheadAndDocumentsShowIt() throws Exception {
		MockHttpSession admin = signIn("admin.tangsel");
		assertThat(mvc.perform(get("/kantor/dokumen/kop").session(admin)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("PEMERINTAH KOTA TANGERANG SELATAN", "id=\"letterhead-form\"");

		String invalid = mvc.perform(post("/kantor/dokumen/kop").session(admin).with(csrf()).param("addressLine", " ")
				.param("place", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(invalid).contains("Isi alamat kantor.", "Isi nama tempat penandatanganan.");

		String street = "Jl. Uji Kop No. " + UUID.randomUUID().toString().substring(0, 4);
		mvc.perform(post("/kantor/dokumen/kop").session(admin).with(csrf()).param("addressLine", street + ", Ciputat")
				.param("contactLine", "Laman: tangerangselatankota.go.id").param("place", "Tangerang Selatan"))
			.andExpect(redirectedUrl("/kantor/dokumen/kop"));
		byte[] sample = mvc.perform(get("/kantor/dokumen/kop/contoh").session(admin)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(sample)) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("PEMERINTAH KOTA TANGERANG SELATAN", street,
					"NAMA PERANGKAT DAERAH", "CONTOH KOP SURAT");
		}
		mvc.perform(get("/kantor/dokumen/kop").session(signIn("kadis"))).andExpect(status().isForbidden());
	}

	/**
	 * The admin sets the emblem: a PDF or a renamed text file is refused and the emblem in use stays, a PNG is
	 * printed in the kop of the next document, and removing it prints none. (Whether the demo's stand-in is there
	 * depends on which tests ran before: the tenant isolation test presses every button, "Hapus lambang" too.)
	 */
	@Test
	void theAdminReplacesTheEmblemOfTheKop() throws Exception {
		MockHttpSession admin = signIn("admin");
		mvc.perform(multipart("/kantor/dokumen/kop/logo").file(new MockMultipartFile("logo", "lambang.png", "image/png",
				png(new Color(0x1B, 0x6B, 0x3A)))).session(admin).with(csrf()))
			.andExpect(flash().attribute("letterheadMessage", "documents.letterhead.logo.saved"));
		assertThat(imagesOnFirstPage(sample(admin))).isEqualTo(1);
		assertThat(mvc.perform(get("/kantor/dokumen/kop/logo").session(admin)).andExpect(status().isOk())
			.andReturn().getResponse().getContentType()).isEqualTo("image/png");

		mvc.perform(multipart("/kantor/dokumen/kop/logo").file(new MockMultipartFile("logo", "lambang.png", "image/png",
				"%PDF-1.7 bukan gambar".getBytes())).session(admin).with(csrf()))
			.andExpect(redirectedUrl("/kantor/dokumen/kop"))
			.andExpect(flash().attribute("logoError", "documents.letterhead.logo.type"));
		mvc.perform(multipart("/kantor/dokumen/kop/logo").file(new MockMultipartFile("logo", "lambang.png", "image/png",
				"bukan gambar sama sekali".getBytes())).session(admin).with(csrf()))
			.andExpect(flash().attribute("logoError", "documents.rejected.type"));
		mvc.perform(multipart("/kantor/dokumen/kop/logo").file(new MockMultipartFile("logo", "lambang.png", "image/png",
				png(new Color(0x80, 0, 0)))).session(admin).with(csrf()))
			.andExpect(flash().attribute("letterheadMessage", "documents.letterhead.logo.saved"));
		assertThat(imagesOnFirstPage(sample(admin))).isEqualTo(1);

		mvc.perform(post("/kantor/dokumen/kop/logo/hapus").session(admin).with(csrf()))
			.andExpect(flash().attribute("letterheadMessage", "documents.letterhead.logo.removed"));
		assertThat(imagesOnFirstPage(sample(admin))).isZero();
		mvc.perform(multipart("/kantor/dokumen/kop/logo").file(new MockMultipartFile("logo", "lambang.png", "image/png",
				png(new Color(0x1B, 0x6B, 0x3A)))).session(admin).with(csrf()));
		mvc.perform(multipart("/kantor/dokumen/kop/logo").file(new MockMultipartFile("logo", "x.png", "image/png",
				png(Color.BLUE))).session(signIn("kadis")).with(csrf())).andExpect(status().isForbidden());
	}

	private byte[] sample(MockHttpSession admin) throws Exception {
		return mvc.perform(get("/kantor/dokumen/kop/contoh").session(admin)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
	}

	/** Pictures on page 1 of the unsigned sample (it has no QR code): the emblem, when there is one. */
	private static int imagesOnFirstPage(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDResources resources = document.getPage(0).getResources();
			int images = 0;
			for (COSName name : resources.getXObjectNames()) {
				if (resources.getXObject(name) instanceof PDImageXObject) {
					images++;
				}
			}
			return images;
		}
	}

	private static byte[] png(Color color) throws Exception {
		BufferedImage image = new BufferedImage(40, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(color);
		g.fillRect(0, 0, 40, 48);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private MockHttpSession signIn(String username) throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/login").session(session).param("username", username).param("password", "padu-demo")
				.with(csrf()).with(request -> {
					request.setRemoteAddr("10.54.0." + (1 + (int) (Math.random() * 250)));
					return request;
				})).andExpect(redirectedUrl("/beranda"));
		return session;
	}
}
