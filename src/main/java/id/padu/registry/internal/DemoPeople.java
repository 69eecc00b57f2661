package id.padu.registry.internal;

import id.padu.registry.BloodType;
import id.padu.registry.Religion;
import id.padu.registry.internal.DemoNames.Group;

import java.util.List;
import java.util.Random;

/**
 * Plausible distributions for the demo population of a Banten city: ethnic mix, religion by group,
 * occupation and education by age, blood types, phones, streets.
 */
final class DemoPeople {

	/** Where people who moved in came from, by group: regency codes of their home areas. */
	record Origin(String birthPlace, String regency) {
	}

	static final List<Origin> ORIGINS_JAWA = List.of(new Origin("Semarang", "33.74"), new Origin("Surakarta", "33.72"),
			new Origin("Yogyakarta", "34.71"), new Origin("Surabaya", "35.78"), new Origin("Brebes", "33.29"),
			new Origin("Tegal", "33.76"), new Origin("Kebumen", "33.05"));
	static final List<Origin> ORIGINS_SUNDA = List.of(new Origin("Bandung", "32.73"), new Origin("Garut", "32.05"),
			new Origin("Tasikmalaya", "32.06"), new Origin("Bogor", "32.01"), new Origin("Lebak", "36.02"),
			new Origin("Serang", "36.04"), new Origin("Cirebon", "32.09"));
	static final List<Origin> ORIGINS_BETAWI = List.of(new Origin("Jakarta", "31.71"), new Origin("Jakarta", "31.74"),
			new Origin("Bekasi", "32.75"), new Origin("Tangerang", "36.03"));
	static final List<Origin> ORIGINS_BATAK = List.of(new Origin("Medan", "12.71"), new Origin("Tarutung", "12.02"),
			new Origin("Jakarta", "31.74"));
	static final List<Origin> ORIGINS_TIONGHOA = List.of(new Origin("Jakarta", "31.71"), new Origin("Medan", "12.71"),
			new Origin("Pontianak", "61.71"), new Origin("Semarang", "33.74"), new Origin("Tangerang", "36.03"));
	static final List<Origin> ORIGINS_ARAB = List.of(new Origin("Jakarta", "31.71"), new Origin("Pekalongan", "33.75"),
			new Origin("Surabaya", "35.78"), new Origin("Palembang", "16.71"), new Origin("Makassar", "73.71"));

	private static final List<String> STREETS = List.of("Jl. Merdeka", "Jl. Imam Bonjol", "Jl. KH. Hasyim Ashari",
			"Jl. Daan Mogot", "Jl. MH. Thamrin", "Jl. Gatot Subroto", "Gg. Mawar", "Gg. Melati", "Gg. Haji Saiman",
			"Jl. Perintis Kemerdekaan", "Jl. Sudirman", "Jl. Raya Serpong", "Jl. Pahlawan Seribu", "Jl. Ciater Raya",
			"Perum Bumi Asri Blok C", "Jl. Cemara", "Jl. Kisamaun", "Jl. Aria Santika", "Jl. Beringin", "Gg. Masjid");
	private static final List<String> PREFIXES = List.of("0812", "0813", "0821", "0857", "0878", "0896", "0838");

	private DemoPeople() {
	}

	static Group group(Random random) {
		int n = random.nextInt(100);
		return n < 30 ? Group.JAWA : n < 52 ? Group.SUNDA : n < 72 ? Group.BETAWI : n < 80 ? Group.BATAK
				: n < 91 ? Group.TIONGHOA : Group.ARAB;
	}

	static List<Origin> origins(Group group) {
		return switch (group) {
			case JAWA -> ORIGINS_JAWA;
			case SUNDA -> ORIGINS_SUNDA;
			case BETAWI -> ORIGINS_BETAWI;
			case BATAK -> ORIGINS_BATAK;
			case TIONGHOA -> ORIGINS_TIONGHOA;
			case ARAB -> ORIGINS_ARAB;
		};
	}

	static Religion religion(Group group, Random random) {
		int n = random.nextInt(100);
		return switch (group) {
			case JAWA -> n < 90 ? Religion.ISLAM : n < 95 ? Religion.KRISTEN : n < 99 ? Religion.KATOLIK : Religion.HINDU;
			case SUNDA -> n < 98 ? Religion.ISLAM : n < 99 ? Religion.KRISTEN : Religion.KEPERCAYAAN;
			case BETAWI, ARAB -> n < 99 ? Religion.ISLAM : Religion.KRISTEN;
			case BATAK -> n < 65 ? Religion.KRISTEN : n < 80 ? Religion.KATOLIK : Religion.ISLAM;
			case TIONGHOA -> n < 40 ? Religion.BUDDHA : n < 70 ? Religion.KRISTEN : n < 85 ? Religion.KATOLIK : Religion.KONGHUCU;
		};
	}

	static BloodType bloodType(Random random) {
		int n = random.nextInt(100);
		return n < 40 ? BloodType.TIDAK_TAHU : n < 62 ? BloodType.O : n < 79 ? BloodType.B : n < 95 ? BloodType.A : BloodType.AB;
	}

	static String education(int age, Random random) {
		if (age < 6) {
			return "Tidak/Belum Sekolah";
		}
		if (age < 12) {
			return "Belum Tamat SD/Sederajat";
		}
		if (age < 15) {
			return "Tamat SD/Sederajat";
		}
		if (age < 18) {
			return "SLTP/Sederajat";
		}
		int n = random.nextInt(100);
		boolean older = age > 55;
		return n < (older ? 25 : 6) ? "Tamat SD/Sederajat" : n < (older ? 45 : 20) ? "SLTP/Sederajat"
				: n < (older ? 80 : 62) ? "SLTA/Sederajat" : n < 67 ? "Diploma I/II" : n < 75 ? "Diploma III"
				: n < 94 ? "Diploma IV/Strata I" : n < 99 ? "Strata II" : "Strata III";
	}

	static String occupation(int age, boolean female, String education, Random random) {
		if (age < 5) {
			return "Belum/Tidak Bekerja";
		}
		if (age < 18 || (age < 23 && random.nextInt(10) < 6)) {
			return "Pelajar/Mahasiswa";
		}
		if (age >= 58 && random.nextInt(10) < 6) {
			return random.nextInt(3) == 0 ? "Pensiunan" : female ? "Mengurus Rumah Tangga" : "Belum/Tidak Bekerja";
		}
		if (female && random.nextInt(10) < 4) {
			return "Mengurus Rumah Tangga";
		}
		boolean degree = education.startsWith("Diploma") || education.startsWith("Strata");
		int n = random.nextInt(100);
		if (degree && n < 25) {
			return DemoNames.pick(List.of("Pegawai Negeri Sipil", "Guru", "Dosen", "Perawat", "Dokter", "Bidan",
					"Akuntan", "Karyawan BUMN"), random);
		}
		return n < 40 ? "Karyawan Swasta" : n < 60 ? "Wiraswasta" : n < 70 ? "Buruh Harian Lepas" : n < 78 ? "Pedagang"
				: n < 84 ? "Sopir" : n < 88 ? "Tukang Bangunan" : n < 90 ? "Anggota TNI" : n < 92 ? "Anggota Polri"
				: n < 95 ? "Buruh Pabrik" : "Belum/Tidak Bekerja";
	}

	static String phone(Random random) {
		StringBuilder phone = new StringBuilder(DemoNames.pick(PREFIXES, random));
		int digits = 7 + random.nextInt(2);
		for (int i = 0; i < digits; i++) {
			phone.append(random.nextInt(10));
		}
		return phone.toString();
	}

	static String email(String fullName, int birthYear) {
		String first = fullName.replaceAll("^(H|Hj|Moh|Abd|St)\\. ", "").split(" ")[0].toLowerCase()
			.replaceAll("[^a-z]", "");
		return first + "." + birthYear % 100 + Math.abs(fullName.hashCode() % 1000) + "@contoh.id";
	}

	static String street(Random random) {
		return DemoNames.pick(STREETS, random) + " No. " + (1 + random.nextInt(120));
	}

	static String rtRw(int max, Random random) {
		return String.format("%03d", 1 + random.nextInt(max));
	}
}
