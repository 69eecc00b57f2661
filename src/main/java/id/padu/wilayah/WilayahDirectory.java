package id.padu.wilayah;

import id.padu.shared.KodeWilayah;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/** Looks up areas by Kemendagri code. */
@Service
public class WilayahDirectory {

	private final JdbcClient jdbc;

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
		return jdbc.sql("select count(*) from wilayah where kode = ?").param(kode.value()).query(Long.class).single() > 0;
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

	private static Wilayah map(String kode, String nama, String induk) {
		return new Wilayah(KodeWilayah.of(kode), nama, induk == null ? null : KodeWilayah.of(induk));
	}
}
