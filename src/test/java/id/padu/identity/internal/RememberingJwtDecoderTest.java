package id.padu.identity.internal;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberingJwtDecoderTest {

	private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

	private final AtomicInteger verifications = new AtomicInteger();

	private JwtDecoder verifier(Instant expiresAt) {
		return token -> {
			verifications.incrementAndGet();
			if (token.startsWith("bad")) {
				throw new BadJwtException("signature");
			}
			return Jwt.withTokenValue(token).header("alg", "RS256").claim("tenant", "kota-tangerang")
				.issuedAt(NOW.minusSeconds(60)).expiresAt(expiresAt).build();
		};
	}

	@Test
	void verifiesATokenOnceWhileItIsValid() {
		var decoder = new RememberingJwtDecoder(verifier(NOW.plusSeconds(300)), Clock.fixed(NOW, ZoneOffset.UTC));
		Jwt first = decoder.decode("a.b.c");
		Jwt second = decoder.decode("a.b.c");
		assertThat(second).isSameAs(first);
		assertThat(verifications).hasValue(1);
		decoder.decode("a.b.d");
		assertThat(verifications).hasValue(2);
	}

	@Test
	void checksAgainOnceTheTokenHasExpired() {
		var verifier = verifier(NOW.plusSeconds(300));
		new RememberingJwtDecoder(verifier, Clock.fixed(NOW, ZoneOffset.UTC)).decode("a.b.c");
		var later = new RememberingJwtDecoder(verifier, Clock.fixed(NOW.plusSeconds(301), ZoneOffset.UTC));
		later.decode("a.b.c");
		later.decode("a.b.c");
		assertThat(verifications).as("an expired token is never served from memory").hasValue(3);
	}

	@Test
	void neverRemembersARejectedToken() {
		var decoder = new RememberingJwtDecoder(verifier(NOW.plusSeconds(300)), Clock.fixed(NOW, ZoneOffset.UTC));
		assertThatThrownBy(() -> decoder.decode("bad.b.c")).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> decoder.decode("bad.b.c")).isInstanceOf(BadJwtException.class);
		assertThat(verifications).hasValue(2);
	}
}
