package id.padu.services.internal;

import id.padu.registry.FamilyRecord;
import id.padu.registry.Purpose;
import id.padu.registry.Registry;
import id.padu.registry.ResidentRecord;
import id.padu.shared.Nik;
import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Reads applicants through the registry's purpose-bound API, so every read is logged and shown to the
 * citizen ("Pengajuan layanan surat-keterangan-pindah"). Nothing read here is stored by this module.
 */
@Component
class ApplicantRecords {

	private final Registry registry;

	ApplicantRecords(Registry registry) {
		this.registry = registry;
	}

	/** @throws NotFoundException ({@code services.applicant.notInRegistry}) when the registry lacks the person */
	ApplicantSnapshot read(Nik nik, String purpose) {
		Purpose why = Purpose.of(purpose);
		ResidentRecord resident = registry.findByNik(nik, why)
			.orElseThrow(() -> new NotFoundException("services.applicant.notInRegistry"));
		FamilyRecord family = resident.nomorKk() == null ? null : registry.family(resident.nomorKk(), why).orElse(null);
		return new ApplicantSnapshot(resident, family);
	}

	static String applyPurpose(String serviceCode) {
		return "Pengajuan layanan " + serviceCode;
	}

	static String reviewPurpose(String serviceCode, String trackingNumber) {
		return "Pemeriksaan permohonan " + serviceCode + " " + trackingNumber;
	}

	static String issuePurpose(String serviceCode, String trackingNumber) {
		return "Penerbitan dokumen " + serviceCode + " " + trackingNumber;
	}
}
