package id.padu.identity.internal;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The RSA key that signs access tokens, kept in the database so that every node signs and checks
 * with the same key and tokens survive a restart. Made on first use; when two nodes race, the
 * unique purpose column lets one win and the other reads its key.
 */
@Component
class SigningKeys implements JWKSource<SecurityContext> {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
	private static final String PURPOSE = "signing";

	private final JdbcClient jdbc;
	private volatile JWKSet keys;
	private volatile JWKSet publicKeys;

	SigningKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		return selector.select(keys());
	}

	/**
	 * The public half only, for checking tokens: a selector given the full key pair converts the private
	 * key on every check, which showed up in profiles of busy API reads.
	 */
	JWKSource<SecurityContext> verificationKeys() {
		return (selector, context) -> {
			JWKSet current = publicKeys;
			if (current == null) {
				current = keys().toPublicJWKSet();
				publicKeys = current;
			}
			return selector.select(current);
		};
	}

	private JWKSet keys() {
		JWKSet current = keys;
		if (current == null) {
			synchronized (this) {
				if (keys == null) {
					keys = new JWKSet(load());
				}
				current = keys;
			}
		}
		return current;
	}

	private RSAKey load() {
		return stored().orElseGet(() -> {
			try {
				create();
			} catch (DuplicateKeyException e) {
				log.info("Another node created the signing key first");
			}
			return stored().orElseThrow();
		});
	}

	private java.util.Optional<RSAKey> stored() {
		return jdbc.sql("select kid, private_key, public_key from jwk_key where purpose = ?").param(PURPOSE)
			.query((rs, row) -> toKey(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
	}

	private void create() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			Base64.Encoder base64 = Base64.getEncoder();
			jdbc.sql("insert into jwk_key (kid, purpose, private_key, public_key, created_at) values (?, ?, ?, ?, ?)")
				.params(UUID.randomUUID().toString(), PURPOSE, base64.encodeToString(pair.getPrivate().getEncoded()),
						base64.encodeToString(pair.getPublic().getEncoded()), Timestamp.from(Instant.now()))
				.update();
			log.info("Created the token signing key");
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("RSA is part of every JVM", e);
		}
	}

	private static RSAKey toKey(String kid, String privateKey, String publicKey) {
		try {
			KeyFactory factory = KeyFactory.getInstance("RSA");
			Base64.Decoder base64 = Base64.getDecoder();
			RSAPublicKey pub = (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(base64.decode(publicKey)));
			RSAPrivateKey priv = (RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(privateKey)));
			return new RSAKey.Builder(pub).privateKey(priv).keyID(kid).build();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Stored signing key " + kid + " cannot be read", e);
		}
	}
}
