package id.padu.organization.internal;

import java.util.List;

/** Sheets and header rows of the structure workbook; export writes them, import insists on them. */
final class ExcelFormat {

	static final String UNITS = "Unit";
	static final List<String> UNIT_COLUMNS = List.of("kode", "nama", "jenis", "kode_induk", "kode_wilayah", "urutan",
			"aktif");

	static final String POSITIONS = "Jabatan";
	static final List<String> POSITION_COLUMNS = List.of("kode", "nama_jabatan", "tingkat", "kode_unit",
			"kode_atasan", "urutan");

	static final String STAFF = "Pegawai";
	static final List<String> STAFF_COLUMNS = List.of("nip", "nama_lengkap", "nama_pengguna", "email");

	static final String ASSIGNMENTS = "Penugasan";
	static final List<String> ASSIGNMENT_COLUMNS = List.of("nip", "kode_jabatan", "jenis", "mulai", "berakhir");

	static final String YES = "YA";
	static final String NO = "TIDAK";

	/** Rows beyond this are refused: a structure this large is a wrong file, not a pemda. */
	static final int MAX_ROWS = 20_000;

	private ExcelFormat() {
	}
}
