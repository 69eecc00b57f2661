package id.padu.registry.internal;

import id.padu.registry.Citizenship;
import id.padu.registry.FamilyRelationship;
import id.padu.registry.Gender;
import id.padu.registry.LifeEventType;
import id.padu.registry.MaritalStatus;
import id.padu.registry.Religion;
import id.padu.registry.ResidentStatus;
import id.padu.registry.internal.DemoNames.Group;
import id.padu.registry.internal.RegistryRows.EventRow;
import id.padu.registry.internal.RegistryRows.FamilyRow;
import id.padu.registry.internal.RegistryRows.Household;
import id.padu.registry.internal.RegistryRows.ResidentRow;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Generates households for one city, deterministically from a seed. Every NIK starts with the
 * kecamatan where the person was first registered (the city for those born here, their home area for
 * those who moved in, with a MOVE_IN event), carries the birth date (women + 40) and a serial unique
 * per prefix; every Nomor KK carries the family's kecamatan and an issue date after the family's last
 * change.
 */
class DemoPopulation {

	/** A kelurahan of the city, with the name people write as birth place when born there. */
	record Kelurahan(String kode) {
		String kecamatanDigits() {
			return kode.substring(0, 8).replace(".", "");
		}
	}

	private final Random random;
	private final LocalDate today;
	private final List<Kelurahan> kelurahan;
	private final Function<LocalDate, String> cityBirthPlace;
	private final Function<String, List<String>> kecamatanOfRegency;
	private final Map<String, Integer> serials = new HashMap<>();
	private final Set<String> used = new HashSet<>();

	DemoPopulation(long seed, LocalDate today, List<Kelurahan> kelurahan, Function<LocalDate, String> cityBirthPlace,
			Function<String, List<String>> kecamatanOfRegency) {
		this.random = new Random(seed);
		this.today = today;
		this.kelurahan = List.copyOf(kelurahan);
		this.cityBirthPlace = cityBirthPlace;
		this.kecamatanOfRegency = kecamatanOfRegency;
	}

	/** Reserves numbers that exist already (the demo citizen's family) so generated ones never collide. */
	void reserve(String number) {
		used.add(number);
	}

	/** One household of at most {@code maxSize} people (at least one). */
	Household next(int maxSize) {
		Group group = DemoPeople.group(random);
		Religion religion = DemoPeople.religion(group, random);
		Kelurahan home = DemoNames.pick(kelurahan, random);
		String street = DemoPeople.street(random);
		String rt = DemoPeople.rtRw(15, random);
		String rw = DemoPeople.rtRw(12, random);
		String marga = group == Group.BATAK ? DemoNames.marga(random) : null;
		List<Person> people = new ArrayList<>();
		boolean single = maxSize == 1 || random.nextInt(100) < 8;
		LocalDate headBirth = date(1948 + random.nextInt(52));
		boolean headFemale = single && random.nextInt(10) < 4;
		Person head = person(group, religion, headFemale, headBirth, marga, FamilyRelationship.KEPALA_KELUARGA, home,
				random.nextInt(100) < 55);
		people.add(head);
		LocalDate lastChange = head.arrived;
		if (single) {
			head.marital = headBirth.plusYears(60).isBefore(today) ? MaritalStatus.CERAI_MATI : MaritalStatus.BELUM_KAWIN;
		} else {
			LocalDate wifeBirth = headBirth.plusDays(random.nextInt(365 * 8) - 365L * 2);
			Person wife = person(group == Group.TIONGHOA || group == Group.BATAK || random.nextInt(3) > 0 ? group
					: DemoPeople.group(random), religion, true, wifeBirth, null, FamilyRelationship.ISTRI, home,
					random.nextInt(100) < 50);
			people.add(wife);
			LocalDate married = latest(headBirth.plusYears(21 + random.nextInt(10)), wifeBirth.plusYears(19));
			married = married.isAfter(today.minusMonths(6)) ? today.minusMonths(6) : married;
			head.marital = MaritalStatus.KAWIN;
			wife.marital = MaritalStatus.KAWIN;
			head.married = married;
			wife.married = married;
			head.spouse = wife;
			wife.spouse = head;
			lastChange = latest(lastChange, wife.arrived, married);
			int[] weights = { 10, 25, 35, 20, 10 };
			int children = weighted(weights);
			LocalDate born = married.plusMonths(10 + random.nextInt(24));
			for (int i = 0; i < children && people.size() < maxSize && born.isBefore(today); i++) {
				Person child = person(group, religion, random.nextBoolean(), born, marga, FamilyRelationship.ANAK, home,
						random.nextInt(100) < 90);
				people.add(child);
				lastChange = latest(lastChange, child.arrived, born);
				born = born.plusMonths(14 + random.nextInt(40));
			}
			if (people.size() < maxSize && random.nextInt(100) < 12 && headBirth.getYear() >= 1975) {
				Person parent = person(group, religion, true, headBirth.minusYears(22 + random.nextInt(14)), null,
						FamilyRelationship.ORANG_TUA, home, random.nextInt(100) < 30);
				parent.marital = MaritalStatus.CERAI_MATI;
				people.add(parent);
				lastChange = latest(lastChange, parent.arrived);
			}
		}
		LocalDate issued = lastChange.plusDays(1 + random.nextInt(200));
		issued = issued.isBefore(today) ? issued : today.minusDays(1);
		String nomorKk = number(home.kecamatanDigits(), String.format("%02d%02d%02d", issued.getDayOfMonth(),
				issued.getMonthValue(), issued.getYear() % 100));
		return household(new FamilyRow(nomorKk, issued, street, rt, rw, home.kode()), people);
	}

	private Household household(FamilyRow family, List<Person> people) {
		List<ResidentRow> rows = new ArrayList<>();
		List<EventRow> events = new ArrayList<>();
		for (Person p : people) {
			int age = Period.between(p.birth, today).getYears();
			String education = DemoPeople.education(age, random);
			boolean adult = age >= 17;
			rows.add(new ResidentRow(p.nik, p.name, p.birthPlace, p.birth, p.female ? Gender.P : Gender.L,
					DemoPeople.bloodType(random), p.religion, p.marital, DemoPeople.occupation(age, p.female, education, random),
					education, Citizenship.WNI, family.street(), family.rt(), family.rw(), family.kelurahanKode(),
					adult && random.nextInt(10) < 6 ? DemoPeople.phone(random) : null,
					adult && random.nextInt(10) < 2 ? DemoPeople.email(p.name, p.birth.getYear()) : null,
					ResidentStatus.HIDUP, family.nomorKk(), p.relationship));
			if (p.originKecamatan == null) {
				events.add(new EventRow(p.nik, LifeEventType.BIRTH, p.birth, null, null, null));
			} else {
				events.add(new EventRow(p.nik, LifeEventType.MOVE_IN, p.arrived, "Pindah datang dari " + p.birthPlace,
						null, p.originKecamatan));
			}
			if (p.married != null) {
				events.add(new EventRow(p.nik, LifeEventType.MARRIAGE, p.married, null, p.spouse.nik, null));
			}
		}
		return new Household(family, rows, events);
	}

	private Person person(Group group, Religion religion, boolean female, LocalDate birth, String marga,
			FamilyRelationship relationship, Kelurahan home, boolean bornHere) {
		Person p = new Person();
		p.female = female;
		p.birth = birth;
		p.religion = religion;
		p.relationship = relationship;
		p.marital = MaritalStatus.BELUM_KAWIN;
		p.name = DemoNames.name(group, female, birth.getYear(), female ? null : marga, random);
		String kecamatan;
		if (bornHere) {
			p.birthPlace = cityBirthPlace.apply(birth);
			kecamatan = home.kecamatanDigits();
			p.arrived = birth;
		} else {
			DemoPeople.Origin origin = DemoNames.pick(DemoPeople.origins(group), random);
			p.birthPlace = origin.birthPlace();
			String code = DemoNames.pick(kecamatanOfRegency.apply(origin.regency()), random);
			p.originKecamatan = code;
			kecamatan = code.replace(".", "");
			long days = Math.max(1, Period.between(birth, today).getYears() * 365L / 2);
			p.arrived = birth.plusYears(relationship == FamilyRelationship.ANAK ? 0 : 17).plusDays(random.nextLong(days));
			p.arrived = p.arrived.isBefore(today) ? p.arrived : today.minusDays(30);
		}
		p.nik = number(kecamatan, String.format("%02d%02d%02d", birth.getDayOfMonth() + (female ? 40 : 0),
				birth.getMonthValue(), birth.getYear() % 100));
		return p;
	}

	/** Six digits of area and six of date, then the first free serial for that prefix (never 0000). */
	private String number(String area, String date) {
		String prefix = area + date;
		int serial = serials.getOrDefault(prefix, 0);
		String number;
		do {
			serial++;
			number = prefix + String.format("%04d", serial);
		} while (used.contains(number));
		serials.put(prefix, serial);
		used.add(number);
		return number;
	}

	private LocalDate date(int year) {
		return LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
	}

	private int weighted(int[] weights) {
		int n = random.nextInt(100);
		for (int i = 0; i < weights.length; i++) {
			n -= weights[i];
			if (n < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static LocalDate latest(LocalDate... dates) {
		LocalDate latest = dates[0];
		for (LocalDate d : dates) {
			latest = d.isAfter(latest) ? d : latest;
		}
		return latest;
	}

	private static final class Person {
		String nik;
		String name;
		String birthPlace;
		LocalDate birth;
		LocalDate arrived;
		LocalDate married;
		Person spouse;
		String originKecamatan;
		boolean female;
		Religion religion;
		MaritalStatus marital;
		FamilyRelationship relationship;
	}
}
