package id.padu.organization.internal;

import id.padu.organization.PositionLevel;
import id.padu.organization.UnitKind;
import id.padu.shared.KodeWilayah;
import id.padu.wilayah.Wilayah;
import id.padu.wilayah.WilayahDirectory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the demo structure of one kota in memory, checking the same policies as the services, so the
 * runner can save it in a few batched statements instead of hundreds of round trips.
 */
final class DemoStructure {

	/** The OPD of every demo kota: code, kind, official name. */
	static final String[][] OPD = {
			{ "disdukcapil", "DINAS", "Dinas Kependudukan dan Pencatatan Sipil" },
			{ "dpmptsp", "DINAS", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu" },
			{ "dindik", "DINAS", "Dinas Pendidikan" },
			{ "dinkes", "DINAS", "Dinas Kesehatan" },
			{ "diskominfo", "DINAS", "Dinas Komunikasi dan Informatika" },
			{ "dispusip", "DINAS", "Dinas Perpustakaan dan Kearsipan" },
			{ "bapenda", "BADAN", "Badan Pendapatan Daerah" },
			{ "bkpsdm", "BADAN", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia" },
			{ "bpkad", "BADAN", "Badan Pengelolaan Keuangan dan Aset Daerah" },
			{ "inspektorat", "INSPEKTORAT", "Inspektorat Daerah" } };

	final Map<String, OrgUnit> units = new LinkedHashMap<>();
	final Map<String, Position> positions = new LinkedHashMap<>();
	private int order;

	/** The whole structure of a kota: Setda, the OPD list, Disdukcapil in depth, every kecamatan and kelurahan. */
	static DemoStructure of(String pemdaName, String kotaName, KodeWilayah kode, WilayahDirectory wilayah) {
		DemoStructure s = new DemoStructure();
		s.unit("pemkot", UnitKind.PEMERINTAH_DAERAH, pemdaName, null, null);
		s.position("walikota", "Wali " + kotaName, PositionLevel.WALI_KOTA, "pemkot", null);
		s.unit("setda", UnitKind.SEKRETARIAT_DAERAH, "Sekretariat Daerah", "pemkot", null);
		s.position("sekda", "Sekretaris Daerah", PositionLevel.SEKDA, "setda", "walikota");
		s.unit("setda-umum", UnitKind.BAGIAN, "Bagian Umum", "setda", null);
		s.position("kabag-umum-setda", "Kepala Bagian Umum", PositionLevel.KEPALA_BAGIAN, "setda-umum", "sekda");
		s.position("tu-pimpinan-setda", "Pengadministrasi Umum (Tata Usaha Pimpinan)", PositionLevel.STAF,
				"setda-umum", "kabag-umum-setda");
		for (String[] opd : OPD) {
			UnitKind kind = UnitKind.valueOf(opd[1]);
			s.unit(opd[0], kind, opd[2], "pemkot", null);
			String title = kind == UnitKind.INSPEKTORAT ? "Inspektur" : "Kepala " + opd[2];
			s.position("kepala-" + opd[0], title, PositionLevel.KEPALA_OPD, opd[0], "walikota");
		}
		s.disdukcapil();
		s.position("arsiparis-dispusip", "Arsiparis Ahli Muda", PositionLevel.FUNGSIONAL, "dispusip", "kepala-dispusip");
		s.position("auditor-inspektorat", "Auditor Ahli Madya", PositionLevel.FUNGSIONAL, "inspektorat",
				"kepala-inspektorat");
		s.position("prakom-diskominfo", "Pranata Komputer Ahli Muda", PositionLevel.FUNGSIONAL, "diskominfo",
				"kepala-diskominfo");
		s.position("bendahara-bpkad", "Bendahara Penerimaan", PositionLevel.STAF, "bpkad", "kepala-bpkad");
		s.position("pelayanan-dpmptsp", "Analis Perizinan", PositionLevel.STAF, "dpmptsp", "kepala-dpmptsp");
		s.position("pelayanan-dindik", "Analis Layanan Pendidikan", PositionLevel.STAF, "dindik", "kepala-dindik");
		s.position("pelayanan-dinkes", "Pengelola Layanan Kesehatan", PositionLevel.STAF, "dinkes", "kepala-dinkes");
		s.position("pelayanan-bapenda", "Analis Pajak Daerah", PositionLevel.STAF, "bapenda", "kepala-bapenda");
		for (Wilayah kecamatan : wilayah.children(kode)) {
			String kec = s.freeCode("kec-", kecamatan);
			s.unit(kec, UnitKind.KECAMATAN, "Kecamatan " + kecamatan.nama(), "pemkot", kecamatan.kode());
			String camat = "camat-" + kec.substring(4);
			s.position(camat, "Camat " + kecamatan.nama(), PositionLevel.CAMAT, kec, "walikota");
			for (Wilayah kelurahan : wilayah.children(kecamatan.kode())) {
				String kel = s.freeCode("kel-", kelurahan);
				s.unit(kel, UnitKind.KELURAHAN, "Kelurahan " + kelurahan.nama(), kec, kelurahan.kode());
				s.position("lurah-" + kel.substring(4), "Lurah " + kelurahan.nama(), PositionLevel.LURAH, kel, camat);
			}
		}
		return s;
	}

	private void disdukcapil() {
		unit("disdukcapil-sekretariat", UnitKind.SEKRETARIAT, "Sekretariat", "disdukcapil", null);
		unit("disdukcapil-umum", UnitKind.SUBBAGIAN, "Subbagian Umum dan Kepegawaian", "disdukcapil-sekretariat", null);
		unit("disdukcapil-pdp", UnitKind.BIDANG, "Bidang Pelayanan Pendaftaran Penduduk", "disdukcapil", null);
		unit("disdukcapil-identitas", UnitKind.SEKSI, "Seksi Identitas Penduduk", "disdukcapil-pdp", null);
		unit("disdukcapil-pindah", UnitKind.SEKSI, "Seksi Pindah Datang Penduduk", "disdukcapil-pdp", null);
		unit("disdukcapil-capil", UnitKind.BIDANG, "Bidang Pelayanan Pencatatan Sipil", "disdukcapil", null);
		unit("disdukcapil-kelahiran", UnitKind.SEKSI, "Seksi Kelahiran dan Kematian", "disdukcapil-capil", null);
		String head = "kepala-disdukcapil";
		position("sekretaris-disdukcapil", "Sekretaris Dinas", PositionLevel.SEKRETARIS, "disdukcapil-sekretariat", head);
		position("kasubag-umum-disdukcapil", "Kepala Subbagian Umum dan Kepegawaian", PositionLevel.KEPALA_SUBBAGIAN,
				"disdukcapil-umum", "sekretaris-disdukcapil");
		position("tu-disdukcapil", "Pengadministrasi Umum (Tata Usaha)", PositionLevel.STAF, "disdukcapil-umum",
				"kasubag-umum-disdukcapil");
		position("kabid-pdp-disdukcapil", "Kepala Bidang Pelayanan Pendaftaran Penduduk", PositionLevel.KEPALA_BIDANG,
				"disdukcapil-pdp", head);
		position("kasi-identitas-disdukcapil", "Kepala Seksi Identitas Penduduk", PositionLevel.KEPALA_SEKSI,
				"disdukcapil-identitas", "kabid-pdp-disdukcapil");
		position("adminduk-identitas-disdukcapil", "Pengadministrasi Kependudukan", PositionLevel.STAF,
				"disdukcapil-identitas", "kasi-identitas-disdukcapil");
		position("kasi-pindah-disdukcapil", "Kepala Seksi Pindah Datang Penduduk", PositionLevel.KEPALA_SEKSI,
				"disdukcapil-pindah", "kabid-pdp-disdukcapil");
		position("kabid-capil-disdukcapil", "Kepala Bidang Pelayanan Pencatatan Sipil", PositionLevel.KEPALA_BIDANG,
				"disdukcapil-capil", head);
		position("kasi-kelahiran-disdukcapil", "Kepala Seksi Kelahiran dan Kematian", PositionLevel.KEPALA_SEKSI,
				"disdukcapil-kelahiran", "kabid-capil-disdukcapil");
	}

	List<OrgUnit> unitList() {
		return new ArrayList<>(units.values());
	}

	List<Position> positionList() {
		return new ArrayList<>(positions.values());
	}

	private void unit(String code, UnitKind kind, String name, String parentCode, KodeWilayah kode) {
		UnitTreePolicy.checkCode(code);
		OrgUnit parent = parentCode == null ? null : units.get(parentCode);
		UnitTreePolicy.checkPlacement(null, kind, parent);
		UnitTreePolicy.checkKodeWilayah(kind, kode, parent);
		units.put(code, new OrgUnit(code, name, kind, parent, kode, order++));
	}

	private void position(String code, String title, PositionLevel level, String unitCode, String parentCode) {
		UnitTreePolicy.checkCode(code);
		OrgUnit unit = units.get(unitCode);
		Position parent = parentCode == null ? null : positions.get(parentCode);
		PositionPolicy.checkReportingLine(null, unit, parent);
		positions.put(code, new Position(code, title, level, unit, parent, order++));
	}

	/** {@code kel-poris-plawad}; a name used twice in one kota gets its area number appended. */
	private String freeCode(String prefix, Wilayah area) {
		String code = prefix + slug(area.nama());
		if (units.containsKey(code)) {
			code = code + "-" + area.kode().value().replace(".", "").substring(4);
		}
		return code;
	}

	static String slug(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}
}
