package id.padu.services.internal;

import id.padu.registry.FamilyMember;
import id.padu.registry.FamilyRecord;
import id.padu.registry.FamilyRelationship;
import id.padu.registry.Gender;
import id.padu.registry.ResidentRecord;
import id.padu.registry.ResidentStatus;
import id.padu.shared.Nik;
import id.padu.shared.NomorKk;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the three services of Disdukcapil, Dinas Kesehatan and Dinas Pendidikan add to the engine that need
 * no database: number tokens, output options in the manifest, the birth checks made at submission, and the
 * shipped bundles' manifests being clean.
 */
class CivilServiceRulesTest {

	@Test
	void numbersTakeTheDayThePemdaAndAFieldAndCountPerFieldValue() {
		LocalDate date = LocalDate.of(2026, 12, 3);
		assertThat(DocumentNumberFormat.format("{pemda}-LU-{day}{month}{year}-{seq:4}", 12, date, "3671", Map.of()))
			.isEqualTo("3671-LU-03122026-0012");
		assertThat(DocumentNumberFormat.format("KB-{field:puskesmas}-{year}-{seq:5}", 7, date, "3671",
				Map.of("puskesmas", "karawaci-baru"))).isEqualTo("KB-KARAWACI-BARU-2026-00007");
		assertThat(DocumentNumberFormat.sequenceKey("kartu-puskesmas", "KB-{field:puskesmas}-{seq:5}",
				Map.of("puskesmas", "cibodas"))).isEqualTo("kartu-puskesmas/CIBODAS");
		assertThat(DocumentNumberFormat.sequenceKey("akta-kelahiran", "{pemda}-{seq:4}", Map.of()))
			.isEqualTo("akta-kelahiran");
		assertThat(DocumentNumberFormat.check("{pemda}-LU-{day}{month}{year}-{seq:4}")).isEmpty();
		assertThat(DocumentNumberFormat.check("{field:Puskesmas}-{seq:4}")).isPresent();
	}

	@Test
	void outputOptionsMustNameUsableFields() {
		List<BundleProblem> problems = new ArrayList<>();
		ManifestParser.parse("""
				code: kartu-uji
				version: 1
				name: Kartu uji
				opd: dinkes
				sla: { workingDays: 2 }
				output: { documentType: Kartu, numberFormat: "K-{field:tempat}-{seq:3}", signingRole: HEAD,
				  layout: poster, holder: siapa }
				form:
				  - { name: tempat, label: Tempat, type: text }
				  - { name: darah, label: Darah, type: text, prefill: family.head }
				  - { name: siapa, label: Siapa, type: member, source: registry, attribute: family.members }
				""".getBytes(StandardCharsets.UTF_8), problems);
		assertThat(problems).extracting(BundleProblem::messageKey).contains("services.bundle.problem.layout",
				"services.bundle.problem.holder", "services.bundle.problem.numberField", "services.bundle.problem.prefill");
	}

	@Test
	void theShippedBundlesParseCleanAndDeclareWhatTheirStepsNeed() throws IOException {
		for (String code : List.of("akta-kelahiran", "kartu-puskesmas", "sertifikasi-guru")) {
			List<BundleProblem> problems = new ArrayList<>();
			ServiceManifest manifest = ManifestParser.parse(read(code + "/service.yml"), problems);
			assertThat(problems).as(code).isEmpty();
			assertThat(manifest.code()).isEqualTo(code);
		}
		List<BundleProblem> problems = new ArrayList<>();
		ServiceManifest akta = ManifestParser.parse(read("akta-kelahiran/service.yml"), problems);
		assertThat(RegistryBirthFields.missing(akta)).isEmpty();
		assertThat(RegistryMoveFields.missing(akta)).isNotEmpty();
	}

	@Test
	void birthChecksAtSubmissionFollowTheRegistrysRules() {
		Nik mother = Nik.of("3671054508900003");
		Nik son = Nik.of("3671051203150004");
		Nik husband = Nik.of("3671051203850005");
		ApplicantSnapshot applicant = new ApplicantSnapshot(resident(mother, Gender.P), new FamilyRecord(
				NomorKk.of("3671051212180002"), LocalDate.of(2018, 12, 12), null, List.of(
						member(mother, Gender.P, LocalDate.of(1990, 8, 5), FamilyRelationship.KEPALA_KELUARGA),
						member(son, Gender.L, LocalDate.of(2015, 3, 12), FamilyRelationship.ANAK),
						member(husband, Gender.L, LocalDate.of(1985, 3, 12), FamilyRelationship.SUAMI))));
		LocalDate today = LocalDate.of(2026, 12, 1);
		List<FieldProblem> problems = new ArrayList<>();
		BirthPolicy.check(Map.of("ibu", son.value(), "ayah", mother.value(), "tanggalLahir", "2026-12-02",
				"saksi1", "3671011708850001", "saksi2", "3671011708850001"), applicant, today, problems);
		assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("services.civil.birth.motherNotFemale",
				"services.civil.birth.fatherNotMale", "services.civil.birth.future", "services.civil.birth.sameWitness");

		problems.clear();
		BirthPolicy.check(Map.of("ibu", mother.value(), "tanggalLahir", "1989-01-01"), applicant, today, problems);
		assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("services.civil.birth.beforeMother");

		problems.clear();
		BirthPolicy.check(Map.of("ibu", mother.value(), "ayah", husband.value(), "tanggalLahir", "2026-11-28"),
				applicant, today, problems);
		assertThat(problems).isEmpty();
	}

	private static FamilyMember member(Nik nik, Gender gender, LocalDate born, FamilyRelationship relationship) {
		return new FamilyMember(nik, "Anggota " + nik.value().substring(12), relationship, gender, born,
				ResidentStatus.HIDUP);
	}

	private static ResidentRecord resident(Nik nik, Gender gender) {
		return new ResidentRecord(nik, "Dewi", "Tangerang", LocalDate.of(1990, 8, 5), gender, null, null, null, null,
				null, null, null, null, null, ResidentStatus.HIDUP, NomorKk.of("3671051212180002"),
				FamilyRelationship.KEPALA_KELUARGA);
	}

	private static byte[] read(String path) throws IOException {
		try (InputStream in = CivilServiceRulesTest.class.getResourceAsStream("/services/bundles/" + path)) {
			return in.readAllBytes();
		}
	}
}
