package id.padu.wilayah.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.zip.GZIPInputStream;

/**
 * Loads the 91,600 Kemendagri areas shipped under {@code classpath:wilayah/} (idn-area-data 4.0.1,
 * ODbL) once, when the schema is created. Streams each file and inserts in JDBC batches, so it runs
 * in a few seconds on H2 and PostgreSQL alike. Spring Boot hands this bean to Flyway.
 */
@Component
class V3_00_3__WilayahReferenceData extends BaseJavaMigration {

	private static final int BATCH = 1_000;

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		load(connection, "provinces", "PROVINSI", null);
		load(connection, "regencies", "KABUPATEN_KOTA", "province_code");
		load(connection, "districts", "KECAMATAN", "regency_code");
		load(connection, "villages", "DESA_KELURAHAN", "district_code");
	}

	private void load(Connection connection, String file, String level, String parentColumn)
			throws IOException, SQLException {
		var resource = new ClassPathResource("wilayah/" + file + ".csv.gz");
		try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(resource.getInputStream()),
				StandardCharsets.UTF_8));
				PreparedStatement insert = connection
					.prepareStatement("insert into wilayah (kode, nama, level, induk) values (?, ?, ?, ?)")) {
			int pending = 0;
			for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				insert.setString(1, row.get("code"));
				insert.setString(2, row.get("name"));
				insert.setString(3, level);
				insert.setString(4, parentColumn == null ? null : row.get(parentColumn));
				insert.addBatch();
				if (++pending == BATCH) {
					insert.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				insert.executeBatch();
			}
		}
	}
}
