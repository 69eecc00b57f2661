package id.padu.eoffice.internal;

import id.padu.classification.SecurityClass;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ClearancePolicyTest {

	static ClearancePolicy.LetterParties letter(SecurityClass security, boolean sent) {
		return new ClearancePolicy.LetterParties(security, "disdukcapil", "kepala-disdukcapil", Set.of("drafter", "reviewer"),
				Set.of("kepala-disdukcapil"), Set.of("kabid"), Set.of("kabid-pdp"), sent);
	}

	static ClearancePolicy.Viewer viewer(String username, String position, String opd) {
		return new ClearancePolicy.Viewer(username, Set.of(position), Set.of(opd));
	}

	@Test
	void thoseNamedOnALetterMayAlwaysOpenIt() {
		for (SecurityClass security : SecurityClass.values()) {
			assertThat(ClearancePolicy.mayOpen(letter(security, false), viewer("reviewer", "x", "setda"))).isTrue();
			assertThat(ClearancePolicy.mayOpen(letter(security, false), viewer("plt", "kepala-disdukcapil", "disdukcapil")))
				.as("whoever holds the signing position, acting or not").isTrue();
		}
	}

	@Test
	void recipientsOpenALetterOnlyOnceItIsSent() {
		ClearancePolicy.Viewer holder = viewer("someone", "kabid-pdp", "disdukcapil");
		assertThat(ClearancePolicy.mayOpen(letter(SecurityClass.RAHASIA, false), holder)).isFalse();
		assertThat(ClearancePolicy.mayOpen(letter(SecurityClass.RAHASIA, true), holder)).isTrue();
		assertThat(ClearancePolicy.mayOpen(letter(SecurityClass.RAHASIA, true), viewer("kabid", "x", "setda"))).isTrue();
	}

	@Test
	void beyondThoseNamedTheSecurityClassDecides() {
		ClearancePolicy.Viewer colleague = viewer("petugas", "staf-disdukcapil", "disdukcapil");
		ClearancePolicy.Viewer outsider = viewer("bendahara", "bendahara-bpkad", "bpkad");
		assertThat(ClearancePolicy.mayOpen(letter(SecurityClass.BIASA, true), colleague)).isTrue();
		assertThat(ClearancePolicy.mayOpen(letter(SecurityClass.BIASA, true), outsider)).isFalse();
		assertThat(ClearancePolicy.mayOpen(letter(SecurityClass.TERBATAS, true), colleague)).isFalse();
		assertThat(ClearancePolicy.mayOpen(letter(SecurityClass.RAHASIA, true), colleague)).isFalse();
	}
}
