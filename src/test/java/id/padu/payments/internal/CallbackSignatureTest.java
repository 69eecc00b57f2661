package id.padu.payments.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallbackSignatureTest {

	private final CallbackSignature signature = new CallbackSignature("padu-demo-bank");

	@Test
	void signsWithHmacSha256AsHex() {
		// RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
		assertThat(new CallbackSignature("Jefe").sign("what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
	}

	@Test
	void acceptsItsOwnSignatureInEitherCase() {
		byte[] body = "{\"billingCode\":\"36712612345676\"}".getBytes(StandardCharsets.UTF_8);
		String hex = signature.sign(body);
		assertThat(signature.verify(body, hex)).isTrue();
		assertThat(signature.verify(body, hex.toUpperCase())).isTrue();
		assertThat(signature.verify(body, " " + hex + " ")).isTrue();
	}

	@Test
	void refusesChangedBodiesOtherSecretsAndGarbage() {
		byte[] body = "{\"amount\":150000}".getBytes(StandardCharsets.UTF_8);
		String hex = signature.sign(body);
		assertThat(signature.verify("{\"amount\":150001}".getBytes(StandardCharsets.UTF_8), hex)).isFalse();
		assertThat(signature.verify("{\"amount\": 150000}".getBytes(StandardCharsets.UTF_8), hex)).as("whitespace counts").isFalse();
		assertThat(new CallbackSignature("other").verify(body, hex)).isFalse();
		assertThat(signature.verify(body, null)).isFalse();
		assertThat(signature.verify(body, "")).isFalse();
		assertThat(signature.verify(body, "not hex")).isFalse();
		assertThat(signature.verify(body, hex.substring(0, 62))).isFalse();
		assertThat(signature.verify(body, "sha256=" + hex)).isFalse();
	}

	@Test
	void anEmptySecretIsRefused() {
		assertThatThrownBy(() -> new CallbackSignature("")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void productionRefusesTheDemoSecret() {
		assertThatThrownBy(() -> BankSecretGuard.check("padu-demo-bank")).isInstanceOf(UnsafeBankSecretException.class);
		assertThatThrownBy(() -> BankSecretGuard.check(" ")).isInstanceOf(UnsafeBankSecretException.class);
		assertThatThrownBy(() -> BankSecretGuard.check(null)).isInstanceOf(UnsafeBankSecretException.class);
		BankSecretGuard.check("a-real-secret-from-the-bank-2026");
	}
}
