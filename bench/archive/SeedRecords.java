import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Seeds N archive records (metadata and a few hundred words of generated Indonesian text each) into berkas of
 * 100 records, with plain JDBC behind the application's back, so that its start-up finds the index behind the
 * database and rebuilds it. Deterministic (seed 7): the same N gives the same rows.
 *
 * java -cp classes:postgresql.jar SeedRecords jdbc-url tenant n
 */
public class SeedRecords {

	/** Common words of Indonesian government letters and reports; the search benchmark draws its queries here. */
	static final String[] WORDS = ("surat keputusan laporan kegiatan anggaran belanja daerah pelayanan publik penduduk"
			+ " kependudukan pencatatan sipil kelahiran kematian perkawinan pindah datang kartu keluarga identitas"
			+ " pendidikan sekolah dasar menengah guru murid beasiswa kesehatan puskesmas rumah sakit imunisasi gizi"
			+ " balita posyandu jalan jembatan drainase banjir sampah lingkungan hidup taman pemakaman perumahan"
			+ " permukiman tata ruang izin reklame bangunan usaha mikro koperasi pasar perdagangan industri pariwisata"
			+ " kebudayaan olahraga pemuda sosial bantuan lansia disabilitas kemiskinan pajak retribusi pendapatan"
			+ " aset barang milik pengadaan kontrak perjanjian kerja sama rapat koordinasi undangan pemberitahuan"
			+ " permohonan persetujuan penolakan evaluasi monitoring pengawasan pemeriksaan inspektorat temuan"
			+ " rekomendasi tindak lanjut pegawai kenaikan pangkat mutasi pensiun cuti pelatihan diklat disiplin"
			+ " kecamatan kelurahan rukun tetangga warga masyarakat musyawarah pembangunan rencana program sasaran"
			+ " capaian target realisasi triwulan semester tahunan dokumen arsip kearsipan perpustakaan digitalisasi"
			+ " informasi komunikasi statistik data sistem aplikasi jaringan keamanan ketertiban satpol bencana"
			+ " kebakaran darurat pangan pertanian perikanan peternakan air minum listrik transportasi angkutan"
			+ " terminal parkir lalu lintas cipondoh karawaci tangerang ciledug larangan pinang batuceper benda"
			+ " neglasari periuk jatiuwung cibodas karangtengah").split(" ");
	static final String[] TITLES = { "Laporan %s %s", "Surat %s tentang %s", "Nota dinas %s %s", "Undangan rapat %s %s",
			"Berita acara %s %s", "Keputusan wali kota tentang %s %s", "Permohonan %s %s", "Rekapitulasi %s %s" };
	static final String[] MEDIA = { "ELECTRONIC", "ELECTRONIC", "ELECTRONIC", "ELECTRONIC", "PAPER", "PAPER", "PHOTO",
			"MAP" };

	public static void main(String[] args) throws Exception {
		String jdbc = args[0];
		String tenant = args[1];
		int n = Integer.parseInt(args[2]);
		Random random = new Random(7);
		try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
			db.setAutoCommit(false);
			List<String> units = strings(db, "select code from org_unit where tenant_id = ? and kind in"
					+ " ('SEKRETARIAT_DAERAH','SEKRETARIAT_DPRD','DINAS','BADAN','INSPEKTORAT','SATUAN')", tenant);
			List<String> codes = strings(db, "select code from classification_code where tenant_id = ? and active", tenant);
			PreparedStatement berkas = db.prepareStatement("insert into berkas (id, tenant_id, berkas_number, title,"
					+ " classification_code, creator_unit, security_class, stage, opened_on, created_by, created_at)"
					+ " values (?, ?, ?, ?, ?, ?, 'BIASA', 'AKTIF', ?, 'bench', ?)");
			PreparedStatement record = db.prepareStatement("insert into archive_record (id, tenant_id, berkas_id, title,"
					+ " record_date, creator_unit, classification_code, security_class, description, media, page_count,"
					+ " full_text, text_status, filed_by, filed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
					+ " 'BORN_DIGITAL', 'bench', ?)");
			long started = System.nanoTime();
			UUID berkasId = null;
			String unit = null;
			String code = null;
			for (int i = 0; i < n; i++) {
				if (i % 100 == 0) {
					berkasId = UUID.randomUUID();
					unit = units.get(random.nextInt(units.size()));
					code = codes.get(random.nextInt(codes.size()));
					berkas.setObject(1, berkasId);
					berkas.setString(2, tenant);
					berkas.setString(3, "BENCH/" + (i / 100 + 1));
					berkas.setString(4, "Berkas " + code + " " + unit);
					berkas.setString(5, code);
					berkas.setString(6, unit);
					berkas.setDate(7, Date.valueOf(LocalDate.of(2010 + random.nextInt(16), 1, 1)));
					berkas.setTimestamp(8, Timestamp.from(Instant.now()));
					berkas.addBatch();
				}
				int roll = random.nextInt(100);
				String security = roll < 90 ? "BIASA" : roll < 97 ? "TERBATAS" : "RAHASIA";
				record.setObject(1, UUID.randomUUID());
				record.setString(2, tenant);
				record.setObject(3, berkasId);
				record.setString(4, TITLES[random.nextInt(TITLES.length)].formatted(word(random), word(random)));
				record.setDate(5, Date.valueOf(LocalDate.of(2010 + random.nextInt(16), 1 + random.nextInt(12),
						1 + random.nextInt(28))));
				record.setString(6, unit);
				record.setString(7, code);
				record.setString(8, security);
				record.setString(9, sentence(random, 12));
				record.setString(10, MEDIA[random.nextInt(MEDIA.length)]);
				record.setInt(11, 1 + random.nextInt(12));
				record.setString(12, text(random, 200 + random.nextInt(300)));
				record.setTimestamp(13, Timestamp.from(Instant.now()));
				record.addBatch();
				if ((i + 1) % 1000 == 0 || i == n - 1) {
					berkas.executeBatch();
					record.executeBatch();
					db.commit();
				}
				if ((i + 1) % 100_000 == 0) {
					System.out.printf("   %,d records%n", i + 1);
				}
			}
			System.out.printf("   seeded %,d records in %d s%n", n, (System.nanoTime() - started) / 1_000_000_000);
		}
	}

	/** Zipf-like: early words of the list are much more frequent, as in real text. */
	static String word(Random random) {
		double u = random.nextDouble();
		return WORDS[(int) (WORDS.length * u * u * u)];
	}

	static String sentence(Random random, int words) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < words; i++) {
			s.append(i == 0 ? "" : " ").append(word(random));
		}
		return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
	}

	static String text(Random random, int words) {
		StringBuilder text = new StringBuilder();
		while (words > 0) {
			int length = Math.min(words, 8 + random.nextInt(12));
			text.append(sentence(random, length)).append(' ');
			words -= length;
		}
		return text.toString().strip();
	}

	static List<String> strings(Connection db, String sql, String tenant) throws Exception {
		List<String> values = new ArrayList<>();
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setString(1, tenant);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					values.add(rows.getString(1));
				}
			}
		}
		return values;
	}
}
