package id.padu.archive.internal.records;

import id.padu.archive.internal.PhysicalLocation;
import id.padu.archive.internal.RecordMedia;
import id.padu.classification.SecurityClass;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The demo archive's records: what {@link DemoArchive} files. */
final class DemoRecords {

	record Row(String title, String code, String opd, LocalDate date, RecordMedia media, SecurityClass security,
			String description, String text, Integer pages, PhysicalLocation location) {
	}

	private static final SecurityClass B = SecurityClass.BIASA;
	private static final RecordMedia E = RecordMedia.ELECTRONIC;

	private DemoRecords() {
	}

	static List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		rows.add(e("Keputusan Wali Kota tentang Standar Pelayanan Administrasi Kependudukan", "100.3.3", "disdukcapil", 2023, 2, 6,
				"Menetapkan standar pelayanan KTP elektronik, kartu keluarga, akta kelahiran dan akta kematian di Kota Tangerang. Waktu penyelesaian akta kelahiran paling lama tiga hari kerja."));
		rows.add(e("Laporan Pendataan Penduduk Rentan Kecamatan Cipondoh", "400.12.2.4", "disdukcapil", 2024, 5, 20,
				"Pendataan penduduk rentan administrasi kependudukan di Kecamatan Cipondoh: penghuni panti sosial, penyandang disabilitas dan warga tanpa dokumen. Sebanyak 312 jiwa telah direkam KTP elektronik."));
		rows.add(e("Surat Edaran Aktivasi Identitas Kependudukan Digital bagi ASN", "100.3.4", "disdukcapil", 2024, 8, 12,
				"Seluruh aparatur sipil negara di lingkungan Pemerintah Kota Tangerang diminta mengaktifkan Identitas Kependudukan Digital (IKD) paling lambat akhir bulan September."));
		rows.add(e("Berita Acara Pemusnahan Blangko KTP-el Rusak", "400.12.2.1", "disdukcapil", 2022, 11, 3,
				"Pemusnahan 1.250 keping blangko KTP elektronik rusak dengan cara dipotong, disaksikan Inspektorat Kota Tangerang."));
		rows.add(e("Rekapitulasi Akta Kelahiran Tahun 2023", "400.12.3.1", "disdukcapil", 2024, 1, 15,
				"Sepanjang tahun 2023 Disdukcapil menerbitkan 27.416 akta kelahiran; 94 persen diterbitkan dalam satu hari kerja melalui layanan daring."));
		rows.add(p("Register Akta Perkawinan Tahun 1998", "400.12.3.2", "disdukcapil", 1998, 12, 31, "Buku register akta perkawinan warga negara asing dan non-muslim tahun 1998.", 214,
				new PhysicalLocation("Depo Arsip Dispusip", "Ruang 2", "Rak 14", "Boks 031")));
		rows.add(p("Buku Induk Penduduk Kelurahan Karawaci 1995", "400.12.2", "disdukcapil", 1995, 6, 30, "Buku induk penduduk tulisan tangan, sebagian halaman rapuh.", 380,
				new PhysicalLocation("Depo Arsip Dispusip", "Ruang 2", "Rak 15", "Boks 007")));
		rows.add(e("Laporan Cakupan Imunisasi Dasar Lengkap Triwulan II", "400.7", "dinkes", 2024, 7, 10,
				"Cakupan imunisasi dasar lengkap bayi di 38 puskesmas mencapai 91,4 persen. Puskesmas Periuk dan Puskesmas Neglasari di bawah target dan mendapat pendampingan."));
		rows.add(e("Surat Keterangan Sehat Massal Calon Jemaah Haji", "400.7.22.1", "dinkes", 2023, 4, 18,
				"Pemeriksaan kesehatan tahap kedua calon jemaah haji Kota Tangerang di RSUD Kota Tangerang, 1.104 jemaah dinyatakan memenuhi syarat istithaah."));
		rows.add(e("Laporan Penanganan Demam Berdarah Dengue", "400.7", "dinkes", 2022, 3, 2,
				"Kasus demam berdarah dengue meningkat pada Januari dan Februari; pengasapan dan pemberantasan sarang nyamuk dilakukan di 12 kelurahan."));
		rows.add(foto("Dokumentasi Peresmian Puskesmas Karang Tengah", "400.7", "dinkes", 2019, 10, 21, 24,
				new PhysicalLocation("Gedung Arsip Statis", "Ruang Foto", "Lemari 3", "Album 12")));
		rows.add(e("Laporan Penerimaan Peserta Didik Baru Jenjang SMP", "400.3.5", "dindik", 2024, 7, 30,
				"Penerimaan peserta didik baru SMP negeri melalui jalur zonasi, afirmasi, perpindahan tugas orang tua dan prestasi. Daya tampung 11.520 kursi di 34 SMP negeri."));
		rows.add(e("Surat Keputusan Pembagian Tugas Mengajar Guru", "400.3.7", "dindik", 2023, 7, 17,
				"Pembagian tugas mengajar guru PNS dan PPPK semester ganjil pada sekolah dasar negeri se-Kota Tangerang."));
		rows.add(p("Ijazah dan Daftar Nilai SD Negeri Sukasari 1 Tahun 1987", "400.3.5", "dindik", 1987, 6, 20, "Arsip ijazah dan daftar nilai kelulusan, dijilid per kelas.", 96,
				new PhysicalLocation("Depo Arsip Dispusip", "Ruang 1", "Rak 03", "Boks 112")));
		rows.add(e("Izin Reklame Papan Nama Jalan Daan Mogot", "100.3.12", "dpmptsp", 2024, 2, 28,
				"Izin penyelenggaraan reklame papan nama ukuran 4 x 6 meter di Jalan Daan Mogot, Kecamatan Batuceper, berlaku satu tahun."));
		rows.add(e("Laporan Kinerja Mal Pelayanan Publik Semester I", "100.2.5", "dpmptsp", 2024, 7, 5,
				"Mal Pelayanan Publik Kota Tangerang melayani 186.402 kunjungan pada semester pertama; indeks kepuasan masyarakat 88,7."));
		rows.add(e("Peta Rencana Tata Ruang Wilayah Kota Tangerang", "600.3", "setda", 2012, 9, 14, "Lampiran peta rencana pola ruang dan struktur ruang RTRW 2012-2032.", RecordMedia.MAP, 12,
				new PhysicalLocation("Gedung Arsip Statis", "Ruang Peta", "Laci 2", "Map 05")));
		rows.add(e("Nota Kesepakatan Kerja Sama Pengelolaan Sampah Regional", "100.3.7", "setda", 2021, 11, 25,
				"Nota kesepakatan antara Pemerintah Kota Tangerang dan Pemerintah Kabupaten Tangerang tentang pengelolaan sampah di TPA Rawa Kucing dan TPA Jatiwaringin."));
		rows.add(e("Instruksi Wali Kota tentang Gerakan Tangerang Bersih", "100.3.4", "setda", 2023, 1, 9,
				"Seluruh perangkat daerah, camat dan lurah melaksanakan kerja bakti setiap Jumat pagi dan melaporkan hasilnya."));
		rows.add(p("Surat Keputusan Pembentukan Kecamatan Tahun 1993", "100.1.3", "setda", 1993, 2, 27, "Salinan keputusan pembentukan kecamatan di wilayah Kotamadya Tangerang.", 18,
				new PhysicalLocation("Gedung Arsip Statis", "Ruang 1", "Rak 01", "Boks 002")));
		rows.add(e("Laporan Realisasi Pendapatan Pajak Bumi dan Bangunan", "900.1", "bapenda", 2024, 12, 31,
				"Realisasi penerimaan PBB-P2 tahun 2024 mencapai 103 persen dari target; tunggakan terbesar di Kecamatan Jatiuwung."));
		rows.add(e("Rencana Kerja dan Anggaran Dinas Perpustakaan dan Kearsipan", "900.1.2", "dispusip", 2024, 10, 1,
				"Rencana kerja dan anggaran untuk digitalisasi arsip statis, pembangunan depo arsip dan layanan perpustakaan keliling."));
		rows.add(e("Laporan Hasil Pengawasan Kearsipan Internal", "700.1.2", "dispusip", 2024, 11, 18,
				"Pengawasan kearsipan pada 20 perangkat daerah: 14 sudah menerapkan klasifikasi arsip Permendagri 83 Tahun 2022, 6 masih memakai klasifikasi lama."));
		rows.add(e("Daftar Arsip Usul Musnah Tahun 2020", "100.3.8", "dispusip", 2021, 3, 8,
				"Daftar arsip usul musnah dari Sekretariat Daerah dan Disdukcapil yang telah melewati masa retensi inaktif."));
		rows.add(e("Laporan Mutasi Pegawai Triwulan III", "800.1.3", "bkpsdm", 2024, 10, 7,
				"Mutasi dan rotasi 148 pegawai antarperangkat daerah dalam rangka penyegaran organisasi."));
		rows.add(e("Rekaman Video Rapat Paripurna Hari Jadi Kota", "100.1.2", "setda", 2023, 2, 28, "Rekaman video sidang paripurna DPRD peringatan hari jadi Kota Tangerang.", RecordMedia.AUDIOVISUAL, null,
				new PhysicalLocation("Gedung Arsip Statis", "Ruang Media", "Rak 02", "Boks 004")));
		rows.add(new Row("Daftar Nominatif Pegawai Kontrak Disdukcapil", "800.1", "disdukcapil", LocalDate.of(2024, 3, 1), E,
				SecurityClass.TERBATAS, "Data pribadi tenaga kontrak; hanya untuk Disdukcapil dan arsiparis.",
				"Daftar nominatif tenaga kontrak operator perekaman KTP elektronik beserta nomor induk dan besaran honorarium.", null, null));
		rows.add(new Row("Laporan Hasil Pemeriksaan Khusus Dugaan Pungutan Liar", "700.1.2", "disdukcapil", LocalDate.of(2023, 9, 12), E,
				SecurityClass.RAHASIA, "Laporan pemeriksaan khusus; hanya kepala dinas dan arsiparis.",
				"Pemeriksaan khusus atas pengaduan pungutan liar pada pelayanan akta kelahiran di satu kecamatan. Dua petugas dijatuhi hukuman disiplin.", null, null));
		return rows;
	}

	static Row monthly(String opd, int month, String monthName) {
		String service = switch (opd) {
			case "disdukcapil" -> "administrasi kependudukan";
			case "dinkes" -> "kesehatan di puskesmas";
			default -> "perizinan dan nonperizinan";
		};
		String code = switch (opd) {
			case "disdukcapil" -> "400.12";
			case "dinkes" -> "400.7";
			default -> "100.2.5";
		};
		return e("Laporan Bulanan Pelayanan " + capitalize(service) + " " + monthName + " 2024", code, opd, 2024,
				month + 1, 28, "Jumlah pelayanan " + service + " bulan " + monthName
						+ " 2024, waktu tunggu rata-rata dan pengaduan masyarakat yang sudah ditindaklanjuti.");
	}

	private static Row e(String title, String code, String opd, int y, int m, int d, String text) {
		return new Row(title, code, opd, LocalDate.of(y, m, d), E, B, null, text, null, null);
	}

	private static Row e(String title, String code, String opd, int y, int m, int d, String description,
			RecordMedia media, Integer pages, PhysicalLocation location) {
		return new Row(title, code, opd, LocalDate.of(y, m, d), media, B, description, null, pages, location);
	}

	private static Row p(String title, String code, String opd, int y, int m, int d, String description, int pages,
			PhysicalLocation location) {
		return new Row(title, code, opd, LocalDate.of(y, m, d), RecordMedia.PAPER, B, description, null, pages, location);
	}

	private static Row foto(String title, String code, String opd, int y, int m, int d, int pages,
			PhysicalLocation location) {
		return new Row(title, code, opd, LocalDate.of(y, m, d), RecordMedia.PHOTO, B, "Album foto kegiatan.", null,
				pages, location);
	}

	private static String capitalize(String words) {
		StringBuilder out = new StringBuilder();
		for (String word : words.split(" ")) {
			out.append(out.isEmpty() ? "" : " ").append(word.length() <= 3 ? word
					: Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return out.toString();
	}

	/** A one-page born-digital PDF with the title and the text, wrapped at about 90 characters. */
	static byte[] pdf(String title, String text) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 13);
				content.newLineAtOffset(56, 720);
				content.showText(title.length() > 80 ? title.substring(0, 80) : title);
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
				for (String line : wrap(text, 90)) {
					content.newLineAtOffset(0, -18);
					content.showText(line);
				}
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split("\\s+")) {
			if (line.length() + word.length() + 1 > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(line.isEmpty() ? "" : " ").append(word);
		}
		lines.add(line.toString());
		return lines;
	}
}
