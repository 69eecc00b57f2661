package id.padu.archive.internal;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static id.padu.classification.SecurityClass.BIASA;
import static id.padu.classification.SecurityClass.RAHASIA;
import static id.padu.classification.SecurityClass.TERBATAS;
import static org.assertj.core.api.Assertions.assertThat;

class RecordAccessPolicyTest {

	static final Reader ARCHIVIST = new Reader("arsiparis", false, true, false, Set.of("dispusip"), Set.of());
	static final Reader ADMIN = new Reader("admin", false, false, true, Set.of("diskominfo"), Set.of());
	static final Reader STAFF = new Reader("petugas", false, false, false, Set.of("disdukcapil"), Set.of());
	static final Reader HEAD = new Reader("kadis", false, false, false, Set.of("disdukcapil"), Set.of("disdukcapil"));
	static final Reader CLIENT = Reader.client("demo-integrasi");

	@Test
	void anOrdinaryRecordIsOpenToEveryone() {
		for (Reader reader : new Reader[] { ARCHIVIST, ADMIN, STAFF, HEAD, CLIENT }) {
			assertThat(RecordAccessPolicy.maySee(reader, BIASA, "dinkes")).isTrue();
		}
	}

	@Test
	void aRestrictedRecordIsOpenToTheCreatingOpdArchivistsAndAdministrators() {
		assertThat(RecordAccessPolicy.maySee(STAFF, TERBATAS, "disdukcapil")).isTrue();
		assertThat(RecordAccessPolicy.maySee(STAFF, TERBATAS, "dinkes")).isFalse();
		assertThat(RecordAccessPolicy.maySee(ARCHIVIST, TERBATAS, "dinkes")).isTrue();
		assertThat(RecordAccessPolicy.maySee(ADMIN, TERBATAS, "dinkes")).isTrue();
		assertThat(RecordAccessPolicy.maySee(CLIENT, TERBATAS, "dinkes")).isFalse();
	}

	@Test
	void aSecretRecordIsOpenToArchivistsAndTheHeadOfTheCreatingOpdOnly() {
		assertThat(RecordAccessPolicy.maySee(HEAD, RAHASIA, "disdukcapil")).isTrue();
		assertThat(RecordAccessPolicy.maySee(HEAD, RAHASIA, "dinkes")).isFalse();
		assertThat(RecordAccessPolicy.maySee(STAFF, RAHASIA, "disdukcapil")).isFalse();
		assertThat(RecordAccessPolicy.maySee(ADMIN, RAHASIA, "diskominfo")).isFalse();
		assertThat(RecordAccessPolicy.maySee(ARCHIVIST, RAHASIA, "dinkes")).isTrue();
		assertThat(RecordAccessPolicy.auditsOpening(BIASA)).isFalse();
		assertThat(RecordAccessPolicy.auditsOpening(RAHASIA)).isTrue();
	}
}
