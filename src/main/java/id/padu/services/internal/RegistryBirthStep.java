package id.padu.services.internal;

import id.padu.registry.BirthNotice;
import id.padu.registry.BirthRegistration;
import id.padu.registry.BloodType;
import id.padu.registry.Citizenship;
import id.padu.registry.Gender;
import id.padu.registry.Purpose;
import id.padu.registry.Registry;
import id.padu.registry.ResidentRecord;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.Nik;
import id.padu.shared.NotFoundException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code ${registryBirth}} step of a bundle (Akta Kelahiran): registers the child in the registry, which
 * issues the NIK and places the child on the mother's Kartu Keluarga, in the transaction of the decision that
 * reached it. The child takes the mother's religion and is a citizen (WNI) when either parent is. The new NIK
 * and Nomor KK are kept as the application's step results ({@code birth.nik}, {@code birth.nomorKk}), so the
 * signed output names them. A refusal by the registry rolls the whole decision back, signature included.
 */
@Component("registryBirthStep")
class RegistryBirthStep implements JavaDelegate {

	private final ApplicationRepository applications;
	private final Registry registry;
	private final BirthRegistration births;

	RegistryBirthStep(ApplicationRepository applications, Registry registry, BirthRegistration births) {
		this.applications = applications;
		this.registry = registry;
		this.births = births;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID id = UUID.fromString((String) execution.getVariable("applicationId"));
		ServiceApplication application = applications.findById(id)
			.orElseThrow(() -> new NotFoundException("services.application.notFound"));
		Map<String, String> values = FormData.read(application.data());
		Purpose purpose = Purpose.of(ApplicantRecords.issuePurpose(application.serviceCode(),
				application.trackingNumber()));
		ResidentRecord mother = parent(values.get(RegistryBirthFields.MOTHER), purpose);
		String fatherNik = values.get(RegistryBirthFields.FATHER);
		ResidentRecord father = fatherNik == null ? null : parent(fatherNik, purpose);
		if (mother.nomorKk() == null) {
			throw new BusinessRuleViolation("registry.birth.notMothersFamily");
		}
		boolean citizen = mother.citizenship() == Citizenship.WNI
				|| father != null && father.citizenship() == Citizenship.WNI;
		ResidentRecord child = births.register(new BirthNotice(mother.nomorKk(), values.get(RegistryBirthFields.NAME),
				values.get(RegistryBirthFields.PLACE), LocalDate.parse(values.get(RegistryBirthFields.DATE)),
				Gender.valueOf(values.get(RegistryBirthFields.GENDER)), mother.religion(), BloodType.TIDAK_TAHU,
				citizen ? Citizenship.WNI : mother.citizenship(), mother.nik(), father == null ? null : father.nik(),
				"Akta Kelahiran, permohonan " + application.trackingNumber()));
		application.recordResult("birth.nik", child.nik().value());
		application.recordResult("birth.nomorKk", child.nomorKk().value());
	}

	private ResidentRecord parent(String nik, Purpose purpose) {
		return registry.findByNik(Nik.of(nik), purpose)
			.orElseThrow(() -> new NotFoundException("registry.resident.notFound"));
	}
}
