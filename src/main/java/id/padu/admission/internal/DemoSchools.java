package id.padu.admission.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Demo data of Kota Tangerang: the approximate centres of its 13 kecamatan and its state schools, SMP Negeri
 * 1–33 Tangerang and a few SD Negeri, each placed in one kelurahan. The school names are the real ones; their
 * NPSNs, kelurahan and coordinates are made up for the demo (plausible, not surveyed): a pemda loads its own
 * from Dapodik.
 */
final class DemoSchools {

	/** Kecamatan code → approximate centre (latitude, longitude). */
	static final Map<String, double[]> KECAMATAN_CENTRES = Map.ofEntries(
			Map.entry("36.71.01", new double[] { -6.1800, 106.6330 }), Map.entry("36.71.02", new double[] { -6.1990, 106.5870 }),
			Map.entry("36.71.03", new double[] { -6.1600, 106.6650 }), Map.entry("36.71.04", new double[] { -6.1300, 106.6800 }),
			Map.entry("36.71.05", new double[] { -6.1880, 106.6800 }), Map.entry("36.71.06", new double[] { -6.2300, 106.7100 }),
			Map.entry("36.71.07", new double[] { -6.1850, 106.6100 }), Map.entry("36.71.08", new double[] { -6.1700, 106.5800 }),
			Map.entry("36.71.09", new double[] { -6.2050, 106.6050 }), Map.entry("36.71.10", new double[] { -6.1500, 106.6300 }),
			Map.entry("36.71.11", new double[] { -6.2250, 106.6700 }), Map.entry("36.71.12", new double[] { -6.2200, 106.7250 }),
			Map.entry("36.71.13", new double[] { -6.2350, 106.7350 }));

	/** One demo school: NPSN, name, level and the kelurahan it stands in. */
	record DemoSchool(String npsn, String name, SchoolLevel level, String kelurahan) {
	}

	private static final String[] SMP_KELURAHAN = { "36.71.01.1001", "36.71.01.1007", "36.71.07.1005", "36.71.05.1001",
			"36.71.03.1003", "36.71.09.1001", "36.71.06.1002", "36.71.11.1001", "36.71.10.1001", "36.71.08.1001",
			"36.71.02.1002", "36.71.04.1003", "36.71.12.1001", "36.71.13.1001", "36.71.01.1005", "36.71.07.1001",
			"36.71.05.1006", "36.71.03.1001", "36.71.09.1004", "36.71.06.1004", "36.71.11.1004", "36.71.10.1004",
			"36.71.08.1003", "36.71.02.1005", "36.71.04.1002", "36.71.12.1004", "36.71.13.1003", "36.71.01.1003",
			"36.71.07.1013", "36.71.05.1008", "36.71.11.1009", "36.71.09.1005", "36.71.13.1006" };

	private static final String[][] SD = { { "SD Negeri Sukarasa 1", "36.71.01.1001" },
			{ "SD Negeri Cikokol 1", "36.71.01.1005" }, { "SD Negeri Cikokol 2", "36.71.01.1005" },
			{ "SD Negeri Babakan 1", "36.71.01.1008" }, { "SD Negeri Karawaci 1", "36.71.07.1001" },
			{ "SD Negeri Cipondoh 1", "36.71.05.1001" }, { "SD Negeri Poris Gaga 1", "36.71.03.1003" },
			{ "SD Negeri Cibodas 1", "36.71.09.1001" }, { "SD Negeri Sudimara Barat 1", "36.71.06.1002" },
			{ "SD Negeri Pinang 1", "36.71.11.1001" }, { "SD Negeri Neglasari 1", "36.71.10.1001" },
			{ "SD Negeri Larangan Utara 1", "36.71.13.1001" } };

	private DemoSchools() {
	}

	static List<DemoSchool> all() {
		List<DemoSchool> schools = new ArrayList<>();
		for (int n = 1; n <= SMP_KELURAHAN.length; n++) {
			schools.add(new DemoSchool(String.format("206701%02d", n), "SMP Negeri " + n + " Tangerang", SchoolLevel.SMP,
					SMP_KELURAHAN[n - 1]));
		}
		for (int i = 0; i < SD.length; i++) {
			schools.add(new DemoSchool(String.format("206602%02d", i + 1), SD[i][0], SchoolLevel.SD, SD[i][1]));
		}
		return schools;
	}
}
