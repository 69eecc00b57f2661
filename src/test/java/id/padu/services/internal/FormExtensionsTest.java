package id.padu.services.internal;

import id.padu.services.FieldOption;
import id.padu.services.FieldOptions;
import id.padu.services.FormCheck;
import id.padu.services.FormIssue;
import id.padu.shared.Nik;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Choices and checks from modules: how bundles name them, and how the engine asks for and applies them. */
class FormExtensionsTest {

	static final Nik APPLICANT = Nik.of("3671014508900003");

	static final FieldOptions FRUIT = new FieldOptions() {
		@Override
		public Set<String> sources() {
			return Set.of("kebun.buah");
		}

		@Override
		public List<FieldOption> options(String source, id.padu.services.FormContext context) {
			return context.applicant().equals(APPLICANT) ? List.of(new FieldOption("mangga", "Mangga", "2 kg"))
					: List.of();
		}
	};

	static final FormCheck NOT_TWICE = new FormCheck() {
		@Override
		public String name() {
			return "kebun.pilihan";
		}

		@Override
		public List<FormIssue> check(id.padu.services.FormContext context, Map<String, String> values) {
			return values.get("buah") != null && values.get("buah").equals(values.get("buahLain"))
					? List.of(new FormIssue("buahLain", "Pilih buah lain.")) : List.of();
		}
	};

	@Test
	void aBundleNamesItsSourcesAndChecksAndBadNamesAreReported() {
		List<BundleProblem> problems = new ArrayList<>();
		ServiceManifest manifest = ManifestParser.parse("""
				code: layanan-kebun
				version: 1
				name: Kebun
				opd: dindik
				sla: { workingDays: 5 }
				checks: [kebun.pilihan]
				form:
				  - { name: buah, label: Buah, type: select, options: { from: kebun.buah } }
				  - { name: catatan, label: Catatan, type: text, options: { from: kebun.buah } }
				  - { name: buahLain, label: Lagi, type: select, options: { from: "Kebun Buah" } }
				""".getBytes(StandardCharsets.UTF_8), problems);
		assertThat(manifest.checks()).containsExactly("kebun.pilihan");
		assertThat(manifest.fields().get(0).optionsFrom()).isEqualTo("kebun.buah");
		assertThat(manifest.fields().get(0).options()).isEmpty();
		assertThat(problems).extracting(BundleProblem::messageKey)
			.containsExactlyInAnyOrder("services.bundle.problem.optionsFromSelect", "services.bundle.problem.optionsSource");
	}

	@Test
	void theEngineOffersTheModulesChoicesAndRunsItsChecks() {
		FormExtensions extensions = extensions(FRUIT, NOT_TWICE);
		assertThat(extensions.hasSource("kebun.buah")).isTrue();
		assertThat(extensions.hasSource("kebun.sayur")).isFalse();
		assertThat(extensions.hasCheck("kebun.pilihan")).isTrue();
		ServiceManifest manifest = ManifestParser.parse("""
				code: layanan-kebun
				version: 1
				name: Kebun
				opd: dindik
				sla: { workingDays: 5 }
				checks: [kebun.pilihan, kebun.hilang]
				form:
				  - { name: buah, label: Buah, type: select, options: { from: kebun.buah } }
				  - { name: buahLain, label: Lagi, type: select, options: { from: kebun.buah } }
				""".getBytes(StandardCharsets.UTF_8), new ArrayList<>());
		FormField buah = manifest.fields().get(0);
		assertThat(extensions.options(manifest, buah, APPLICANT, Locale.ROOT)).extracting(FieldOption::label)
			.containsExactly("Mangga");
		assertThat(extensions.offers(manifest, buah, APPLICANT, "mangga")).isTrue();
		assertThat(extensions.offers(manifest, buah, APPLICANT, "durian")).isFalse();
		assertThat(extensions.offers(manifest, buah, Nik.of("3671011402870001"), "mangga")).isFalse();

		List<FieldProblem> problems = extensions.check(manifest, APPLICANT, Map.of("buah", "mangga", "buahLain", "mangga"),
				Locale.ROOT);
		assertThat(problems).extracting(FieldProblem::field).containsExactly("buahLain", "buah");
		assertThat(problems.get(0).args()).containsExactly("Pilih buah lain.");
		assertThat(problems.get(1).messageKey()).isEqualTo("services.field.checkUnavailable");
	}

	@Test
	void twoModulesMayNotClaimOneName() {
		assertThatThrownBy(() -> extensions(FRUIT, FRUIT)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("kebun.buah");
	}

	private static FormExtensions extensions(Object... beans) {
		StaticListableBeanFactory factory = new StaticListableBeanFactory();
		for (int i = 0; i < beans.length; i++) {
			factory.addBean("bean" + i, beans[i]);
		}
		return new FormExtensions(factory.getBeanProvider(FieldOptions.class), factory.getBeanProvider(FormCheck.class));
	}
}
