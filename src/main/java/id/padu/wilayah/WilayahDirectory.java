package id.padu.wilayah;

import id.padu.shared.KodeWilayah;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Looks up areas by Kemendagri code. */
@Service
public class WilayahDirectory {

	private static final Pattern CODE_START = Pattern.compile("\\d{2}(\\.\\d{0,4}){0,3}");

	private final JdbcClient jdbc;
	private volatile Set<String> upperLevelCodes;

	WilayahDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Wilayah> find(KodeWilayah kode) {
		return jdbc.sql("select kode, nama, induk from wilayah where kode = ?")
			.param(kode.value())
			.query((rs, row) -> map(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	public boolean exists(KodeWilayah kode) {
		if (kode.level() != KodeWilayah.Level.DESA_KELURAHAN) {
			return upperLevelCodes().contains(kode.value());
		}
		return jdbc.sql("select count(*) from wilayah where kode = ?").param(kode.value()).query(Long.class).single() > 0;
	}

	/**
	 * The codes of every province, kab/kota and kecamatan (about 7,800), read once: every NIK and Nomor KK
	 * check asks for its kecamatan, and the table is reference data that only a migration changes (a query
	 * per check was a twentieth of a NIK look-up's CPU).
	 */
	private Set<String> upperLevelCodes() {
		Set<String> codes = upperLevelCodes;
		if (codes == null) {
			codes = Set.copyOf(jdbc.sql("select kode from wilayah where level <> ?")
				.param(KodeWilayah.Level.DESA_KELURAHAN.name()).query(String.class).list());
			upperLevelCodes = codes;
		}
		return codes;
	}

	/** The provinces, ordered by code. */
	public List<Wilayah> provinces() {
		return jdbc.sql("select kode, nama, induk from wilayah where induk is null order by kode")
			.query((rs, row) -> map(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** The areas directly inside one area, ordered by code (e.g. the kelurahan of a kecamatan). */
	public List<Wilayah> children(KodeWilayah induk) {
		return jdbc.sql("select kode, nama, induk from wilayah where induk = ? order by kode")
			.param(induk.value())
			.query((rs, row) -> map(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/**
	 * Kecamatan for a picker: for a code or the start of one ({@code 32.73}, {@code 32.73.01}), the
	 * kecamatan and kelurahan/desa whose code starts with it; otherwise the kecamatan whose name, followed
	 * by its kabupaten/kota and province, contains every word typed (at most five words are used), those
	 * whose own name starts with the first word first. At most {@code limit}, in code order within a rank.
	 */
	public List<Wilayah> searchKecamatan(String text, int limit) {
		String query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		if (query.isEmpty()) {
			return List.of();
		}
		if (CODE_START.matcher(query).matches()) {
			return jdbc.sql("""
					select kode, nama, induk from wilayah where kode like ? and level in ('KECAMATAN', 'DESA_KELURAHAN')
					order by kode limit ?""")
				.params(query + "%", limit)
				.query((rs, row) -> map(rs.getString(1), rs.getString(2), rs.getString(3)))
				.list();
		}
		List<String> words = Arrays.stream(query.split("\\s+")).limit(5).toList();
		StringBuilder sql = new StringBuilder("""
				select k.kode, k.nama, k.induk from wilayah k
				join wilayah r on r.kode = k.induk join wilayah p on p.kode = r.induk
				where k.level = 'KECAMATAN'""");
		List<Object> params = new ArrayList<>();
		for (String word : words) {
			// Only placeholders are added to the text; the words travel as parameters.
			sql.append(" and lower(concat(k.nama, ' ', r.nama, ' ', p.nama)) like ?");
			params.add("%" + escapeLike(word) + "%");
		}
		sql.append(" order by case when lower(k.nama) like ? then 0 else 1 end, k.kode limit ?");
		params.add(escapeLike(words.get(0)) + "%");
		params.add(limit);
		return jdbc.sql(sql.toString()).params(params)
			.query((rs, row) -> map(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private static String escapeLike(String word) {
		return word.replace("\\", "").replace("%", "").replace("_", "");
	}

	private static Wilayah map(String kode, String nama, String induk) {
		return new Wilayah(KodeWilayah.of(kode), nama, induk == null ? null : KodeWilayah.of(induk));
	}
}
