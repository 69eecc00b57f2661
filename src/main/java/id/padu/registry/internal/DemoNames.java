package id.padu.registry.internal;

import java.util.List;
import java.util.Random;

/**
 * Indonesian names as they appear on KTPs around Tangerang: Javanese, Sundanese, Betawi, Batak (with
 * marga), Chinese-Indonesian and Arabic-origin names, with the abbreviations (Moh., Abd., St.), spacing
 * variants (Nurhayati / Nur Hayati) and, for people born before the 1972 spelling reform, the old
 * spelling (Soeharto, Djoko, Wahjoe, Tjahjo).
 */
final class DemoNames {

	enum Group { JAWA, SUNDA, BETAWI, BATAK, TIONGHOA, ARAB }

	private static final List<String> JAWA_M = List.of("Bambang", "Slamet", "Joko", "Budi", "Agus", "Heru", "Wahyu",
			"Cahyo", "Suharto", "Sukarno", "Purnomo", "Eko", "Dwi", "Teguh", "Hadi", "Sutrisno", "Supriyadi", "Bayu",
			"Suyanto", "Gunadi", "Yudi", "Sugeng", "Tri", "Hari", "Sutarno");
	private static final List<String> JAWA_M_LAST = List.of("Santoso", "Susilo", "Wibowo", "Prasetyo", "Setiawan",
			"Nugroho", "Hartono", "Pranoto", "Saputro", "Utomo", "Sugiarto", "Raharjo", "Widodo", "Cahyono", "Wahyudi",
			"Kuncoro", "Suryadi");
	private static final List<String> JAWA_F = List.of("Sri", "Endang", "Dewi", "Wulan", "Sulastri", "Suharti",
			"Ratna", "Rini", "Puji", "Murni", "Kartini", "Sumarni", "Retno", "Ayu", "Yuliani", "Tri", "Siti");
	private static final List<String> JAWA_F_LAST = List.of("Rahayu", "Lestari", "Wahyuni", "Handayani", "Wulandari",
			"Suryani", "Astuti", "Kusumawati", "Purwanti", "Hartati", "Setyowati", "Rahmawati", "Pertiwi", "Utami",
			"Susilowati", "Mulyani");
	private static final List<String> SUNDA_M = List.of("Asep", "Ujang", "Cecep", "Dede", "Dadang", "Ade", "Deden",
			"Encep", "Iwan", "Yayan", "Jajang", "Aceng", "Dodi", "Eman", "Maman", "Ridwan", "Wawan", "Usep", "Endang",
			"Ujang");
	private static final List<String> SUNDA_M_LAST = List.of("Sunandar", "Suryana", "Hermawan", "Supriatna", "Permana",
			"Kusnadi", "Sukmana", "Somantri", "Ruhiyat", "Sopandi", "Gunawan", "Firmansyah", "Hidayat", "Mulyana");
	private static final List<String> SUNDA_F = List.of("Euis", "Nining", "Neneng", "Eneng", "Iis", "Imas", "Cucu",
			"Lilis", "Yeti", "Titin", "Enung", "Nenden", "Rina", "Dedeh", "Elis", "Tati", "Yanti");
	private static final List<String> SUNDA_F_LAST = List.of("Nurhayati", "Kurniasih", "Rohaeti", "Suryani", "Sumiati",
			"Komalasari", "Hasanah", "Nurjanah", "Rostiawati", "Maryati", "Sukaesih", "Rahayu", "Nurlaela");
	private static final List<String> BETAWI_M = List.of("Rojali", "Mursid", "Sarmili", "Rohim", "Jaelani", "Muhidin",
			"Sanusi", "Mamat", "Rusdi", "Zakaria", "Nasrullah", "Saiful", "Syamsudin", "Burhanuddin", "Sukri", "Mahmud",
			"Jamhari", "Sueb", "Mandra", "Nasir");
	private static final List<String> BETAWI_F = List.of("Saodah", "Mardiyah", "Rodiah", "Maimunah", "Romlah",
			"Zubaedah", "Rohayati", "Juleha", "Mursidah", "Nurlela", "Aminah", "Rukiyah", "Salmah", "Hindun", "Munah",
			"Mpok Atik");
	private static final List<String> BETAWI_LAST = List.of("Saputra", "Hidayat", "Ramadhan", "Fauzi", "Syahputra",
			"Sofyan", "Ismail", "Maulana");
	private static final List<String> BATAK_M = List.of("Parlindungan", "Togar", "Hotman", "Ronald", "Martua",
			"Binsar", "Jonny", "Sahat", "Poltak", "Anton", "Daniel", "Mangasi", "Tigor", "Freddy", "Hasudungan");
	private static final List<String> BATAK_F = List.of("Rosmawati", "Tiurma", "Lasmaria", "Romauli", "Debora", "Erna",
			"Marlina", "Sondang", "Yohana", "Rotua", "Ruth", "Imelda", "Nurhaida", "Rosdiana");
	private static final List<String> MARGA = List.of("Sihombing", "Simanjuntak", "Nainggolan", "Siregar", "Lubis",
			"Hutapea", "Situmorang", "Simatupang", "Pardede", "Sinaga", "Nasution", "Hutagalung", "Panjaitan",
			"Tambunan", "Manurung", "Harahap");
	private static final List<String> TIONGHOA_M = List.of("Budi", "Hendra", "Andi", "Rudy", "Johan", "Steven",
			"Kevin", "Willy", "Irwan", "Sutanto", "Tjandra", "Surya", "Yohanes", "Felix", "Jimmy", "Hendrik", "Aldo");
	private static final List<String> TIONGHOA_F = List.of("Lanny", "Lily", "Susan", "Yenny", "Linda", "Fransiska",
			"Melinda", "Meiliana", "Sherly", "Jessica", "Angela", "Natalia", "Verawati", "Mei Ling", "Lenny");
	private static final List<String> TIONGHOA_LAST = List.of("Wijaya", "Gunawan", "Hartono", "Halim", "Susanto",
			"Kurniawan", "Tanoto", "Santoso", "Salim", "Tanuwijaya", "Setiadi", "Lim", "Tan", "Sugianto", "Winata",
			"Tjahjadi", "Liem", "Hidayat");
	private static final List<String> HOKKIEN_SURNAME = List.of("Tan", "Lim", "Liem", "Oey", "Tjoa", "Gouw", "The",
			"Kwee", "Ong", "Go");
	private static final List<String> HOKKIEN_SYLLABLE = List.of("Hok", "Liang", "Swie", "Hwa", "Kiem", "Tjoen", "Bing",
			"Giok", "Lian", "Soen", "Ek", "Kong", "Hien", "Tjing", "Bwee");
	private static final List<String> ARAB_M = List.of("Muhammad", "Moh.", "Mochammad", "Muhamad", "Mohamad", "Ahmad",
			"Achmad", "Hasan", "Husein", "Umar", "Ali", "Yusuf", "Ibrahim", "Syarif", "Salim", "Abdul", "Abd.");
	private static final List<String> ARAB_M_LAST = List.of("Rizky", "Fauzan", "Hakim", "Fadli", "Ikhsan", "Syahrul",
			"Ilham", "Zainal Arifin", "Basri", "Hidayat", "Fikri", "Rahman", "Aziz", "Ramadhan", "Nurdin", "Karim");
	private static final List<String> ARAB_F = List.of("Siti", "St.", "Nur", "Fatimah", "Aisyah", "Khadijah", "Zahra",
			"Nurul", "Hafsah", "Maryam", "Zainab", "Salma", "Laila", "Annisa");
	private static final List<String> ARAB_F_LAST = List.of("Aminah", "Fatimah", "Hasanah", "Khairunnisa", "Nurjanah",
			"Zahra", "Rahmawati", "Hidayah", "Azizah", "Mardiyah", "Hayati", "Nurhayati");
	private static final List<String> HADRAMI = List.of("Alatas", "Al-Habsyi", "Al-Jufri", "Assegaf", "Baswedan",
			"Al-Kaff", "Shahab");
	private static final List<String> YOUNG_M = List.of("Muhammad Rizky", "Rizky", "Fajar", "Dimas", "Raka", "Aditya",
			"Arya", "Bima", "Rafi", "Daffa", "Alif", "Farhan", "Naufal", "Rehan", "Muhammad Fathan");
	private static final List<String> YOUNG_F = List.of("Nabila", "Aulia", "Putri", "Salsabila", "Zahra", "Nayla",
			"Aisyah", "Keisha", "Anisa", "Dinda", "Tiara", "Syifa", "Alya", "Citra", "Nur Aini");

	private DemoNames() {
	}

	/** A full name for someone of the group, gender and birth year; {@code marga} is kept for Batak families. */
	static String name(Group group, boolean female, int birthYear, String marga, Random random) {
		boolean young = birthYear >= 2000 && group != Group.BATAK && group != Group.TIONGHOA && random.nextInt(2) == 0;
		String name = switch (group) {
			case JAWA -> young ? pick(female ? YOUNG_F : YOUNG_M, random) + " " + pick(female ? JAWA_F_LAST : JAWA_M_LAST, random)
					: maybeSingle(pick(female ? JAWA_F : JAWA_M, random), female ? JAWA_F_LAST : JAWA_M_LAST, 25, random);
			case SUNDA -> young ? pick(female ? YOUNG_F : YOUNG_M, random) + " " + pick(female ? SUNDA_F_LAST : SUNDA_M_LAST, random)
					: maybeSingle(pick(female ? SUNDA_F : SUNDA_M, random), female ? SUNDA_F_LAST : SUNDA_M_LAST, 15, random);
			case BETAWI -> (birthYear < 1975 && random.nextInt(4) == 0 ? (female ? "Hj. " : "H. ") : "")
					+ maybeSingle(young ? pick(female ? YOUNG_F : YOUNG_M, random) : pick(female ? BETAWI_F : BETAWI_M, random),
							BETAWI_LAST, 45, random);
			case BATAK -> pick(female ? BATAK_F : BATAK_M, random) + " " + (female && random.nextInt(3) == 0 ? "br. " : "")
					+ (marga != null ? marga : pick(MARGA, random));
			case TIONGHOA -> birthYear < 1962 && random.nextInt(3) == 0
					? pick(HOKKIEN_SURNAME, random) + " " + pick(HOKKIEN_SYLLABLE, random) + " " + pick(HOKKIEN_SYLLABLE, random)
					: pick(female ? TIONGHOA_F : TIONGHOA_M, random) + " " + pick(TIONGHOA_LAST, random);
			case ARAB -> arab(female, random);
		};
		name = spacing(name, random);
		if (birthYear < 1972 && group != Group.BATAK && group != Group.TIONGHOA && random.nextInt(5) < 2) {
			name = oldSpelling(name);
		}
		return name;
	}

	static String marga(Random random) {
		return pick(MARGA, random);
	}

	private static String arab(boolean female, Random random) {
		if (female) {
			return pick(ARAB_F, random) + " " + pick(ARAB_F_LAST, random);
		}
		String first = pick(ARAB_M, random);
		String rest = first.startsWith("Abd") ? pick(List.of("Rahman", "Aziz", "Karim", "Latif", "Halim", "Majid", "Gani"), random)
				: pick(ARAB_M_LAST, random);
		return first + " " + rest + (random.nextInt(6) == 0 ? " " + pick(HADRAMI, random) : "");
	}

	private static String maybeSingle(String first, List<String> lastNames, int singlePercent, Random random) {
		return random.nextInt(100) < singlePercent ? first : first + " " + pick(lastNames, random);
	}

	/** Names written together or apart, as different offices typed them: Nurhayati / Nur Hayati. */
	private static String spacing(String name, Random random) {
		if (random.nextInt(3) != 0) {
			return name;
		}
		return name.replace("Nurhayati", "Nur Hayati").replace("Nurjanah", "Nur Janah").replace("Nurlaela", "Nur Laela")
			.replace("Khairunnisa", "Khairun Nisa").replace("Muhammad ", "Moh. ");
	}

	/** Van Ophuijsen / Soewandi spelling, used on documents of people born before 1972. */
	static String oldSpelling(String name) {
		StringBuilder out = new StringBuilder();
		for (String word : name.split(" ")) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			if (word.endsWith(".")) {
				out.append(word); // H., Hj., Moh.: abbreviations kept as written
				continue;
			}
			String lower = word.toLowerCase().replace("j", "dj").replace("y", "j").replace("c", "tj").replace("u", "oe");
			out.append(Character.toUpperCase(lower.charAt(0))).append(lower.substring(1));
		}
		return out.toString();
	}

	static <T> T pick(List<T> values, Random random) {
		return values.get(random.nextInt(values.size()));
	}
}
