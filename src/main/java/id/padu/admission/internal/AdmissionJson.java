package id.padu.admission.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes of the admission API. */
final class AdmissionJson {

	private AdmissionJson() {
	}

	static Map<String, Object> school(School school, SchoolQuota quota) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("npsn", school.npsn());
		json.put("name", school.name());
		json.put("level", school.level().name());
		json.put("address", school.address());
		json.put("kelurahan", school.kelurahanKode());
		json.put("latitude", school.location().latitude());
		json.put("longitude", school.location().longitude());
		if (quota != null) {
			json.put("quota", quota(quota));
		}
		return json;
	}

	static Map<String, Object> quota(SchoolQuota quota) {
		QuotaPolicy.Split split = quota.split();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("capacity", split.capacity());
		json.put("zonasi", split.zonasi());
		json.put("afirmasi", split.afirmasi());
		json.put("mutasi", split.mutasi());
		json.put("prestasi", split.prestasi());
		return json;
	}

	static Map<String, Object> period(AdmissionPeriod p, LocalDate today) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", p.getId());
		json.put("title", p.title());
		json.put("serviceCode", p.serviceCode());
		json.put("level", p.level().name());
		json.put("schoolYear", p.schoolYear());
		json.put("opensOn", p.opensOn().toString());
		json.put("closesOn", p.closesOn().toString());
		json.put("announcementOn", p.announcementOn().toString());
		json.put("open", p.isOpen(today));
		json.put("shares", Map.of("zonasiMin", p.zonasiPercent(), "afirmasiMin", p.afirmasiPercent(), "mutasiMax",
				p.mutasiPercent()));
		json.put("announcedAt", p.announcedAt() == null ? null : p.announcedAt().toString());
		return json;
	}

	static Map<String, Object> ranking(Rankings.SchoolRanking ranking) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("periodId", ranking.period().getId());
		json.put("announced", ranking.period().announced());
		json.put("school", school(ranking.school(), ranking.quota()));
		json.put("paths", ranking.paths().stream().map(path -> {
			Map<String, Object> p = new LinkedHashMap<>();
			p.put("path", path.path().wireName());
			p.put("seats", path.seats());
			p.put("applicants", path.rows().stream().map(AdmissionJson::row).toList());
			return p;
		}).toList());
		return json;
	}

	private static Map<String, Object> row(Rankings.Row row) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("rank", row.rank());
		json.put("applicationId", row.applicationId());
		json.put("trackingNumber", row.trackingNumber());
		json.put("name", row.maskedName());
		json.put("distanceMetres", row.distanceMetres());
		json.put("distanceFrom", row.precision().name());
		json.put("score", row.score());
		json.put("choice", row.choice());
		json.put("status", row.status().name());
		return json;
	}

	static Map<String, Object> outcome(Announcements.Outcome outcome) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("periodId", outcome.periodId());
		json.put("announcedAt", outcome.announcedAt().toString());
		json.put("announcedBy", outcome.announcedBy());
		json.put("accepted", outcome.accepted());
		json.put("notPlaced", outcome.notPlaced());
		json.put("stillInVerification", outcome.stillInVerification());
		json.put("repeated", outcome.repeated());
		return json;
	}
}
