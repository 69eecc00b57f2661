package id.padu.registry.internal;

import id.padu.registry.BirthNotice;
import id.padu.registry.BirthRegistration;
import id.padu.registry.MaritalStatus;
import id.padu.registry.NewResident;
import id.padu.registry.Registry;
import id.padu.registry.ResidentRecord;
import id.padu.shared.Nik;
import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A birth told by the family card: the registry issues the child's NIK ({@link NikIssuer}), places the
 * child on the mother's card ({@link FamilyPolicy#newbornOf}) and records the birth through
 * {@link Registry#recordBirth}, all in one transaction, so a refused birth leaves no NIK taken. Used by the
 * officers' family-card page and, through {@link BirthRegistration}, by the akta kelahiran service.
 */
@Service
@Transactional
class Births implements BirthRegistration {

	static final String NEWBORN_OCCUPATION = "Belum/Tidak Bekerja";
	static final String NEWBORN_EDUCATION = "Tidak/Belum Sekolah";

	private final Registry registry;
	private final FamilyRepository families;
	private final ResidentRepository residents;
	private final NikIssuer issuer;

	Births(Registry registry, FamilyRepository families, ResidentRepository residents, NikIssuer issuer) {
		this.registry = registry;
		this.families = families;
		this.residents = residents;
		this.issuer = issuer;
	}

	@Override
	public ResidentRecord register(BirthNotice birth) {
		Family family = families.findByNomorKk(birth.kk().value())
			.orElseThrow(() -> new NotFoundException("registry.family.notFound"));
		Resident mother = residents.findByNik(birth.mother().value())
			.orElseThrow(() -> new NotFoundException("registry.resident.notFound"));
		Nik nik = issuer.issue(family.address().kecamatan(), birth.birthDate(), birth.gender());
		NewResident child = new NewResident(nik, birth.name(), birth.birthPlace(), birth.birthDate(), birth.gender(),
				birth.bloodType(), birth.religion(), MaritalStatus.BELUM_KAWIN, NEWBORN_OCCUPATION, NEWBORN_EDUCATION,
				birth.citizenship(), null, null, birth.kk(), FamilyPolicy.newbornOf(mother.relationship()));
		return registry.recordBirth(child, birth.mother(), birth.father(), birth.details());
	}
}
