package id.padu.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;

/**
 * A private key with its certificate chain in a password-protected PKCS#12 file: the format BSrE hands out
 * and the one Padu keeps its own keys in. The file's integrity MAC tells a wrong password from a right one.
 */
final class Pkcs12 {

	private static final String ALIAS = "signer";

	/** A wrong password, or a file that does not open with it. */
	static final class WrongPassword extends Exception {
		WrongPassword(Throwable cause) {
			super(cause);
		}
	}

	/** The key and its chain, signer's certificate first. */
	record Opened(PrivateKey key, X509Certificate[] chain) {

		X509Certificate certificate() {
			return chain[0];
		}
	}

	private Pkcs12() {
	}

	static byte[] pack(PrivateKey key, X509Certificate[] chain, char[] password) {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry(ALIAS, key, password, chain);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			store.store(out, password);
			return out.toByteArray();
		} catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException("Could not write a PKCS#12 file", e);
		}
	}

	/**
	 * Opens the first private-key entry.
	 *
	 * @throws WrongPassword when the password does not open the file or its key
	 * @throws IllegalArgumentException when the bytes are not a PKCS#12 file with a private key and its certificate
	 */
	static Opened open(byte[] pkcs12, char[] password) throws WrongPassword {
		KeyStore store;
		try {
			store = KeyStore.getInstance("PKCS12");
			store.load(new ByteArrayInputStream(pkcs12), password);
		} catch (IOException e) {
			if (e.getCause() instanceof UnrecoverableKeyException) {
				throw new WrongPassword(e);
			}
			throw new IllegalArgumentException("Not a PKCS#12 file", e);
		} catch (GeneralSecurityException e) {
			throw new IllegalArgumentException("Not a PKCS#12 file", e);
		}
		try {
			for (String alias : Collections.list(store.aliases())) {
				if (!store.isKeyEntry(alias)) {
					continue;
				}
				Key key = store.getKey(alias, password);
				Certificate[] chain = store.getCertificateChain(alias);
				if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0
						&& chain[0] instanceof X509Certificate) {
					return new Opened(privateKey, Arrays.stream(chain).map(X509Certificate.class::cast)
						.toArray(X509Certificate[]::new));
				}
			}
		} catch (UnrecoverableKeyException e) {
			throw new WrongPassword(e);
		} catch (GeneralSecurityException e) {
			throw new IllegalArgumentException("Unreadable PKCS#12 entry", e);
		}
		throw new IllegalArgumentException("The PKCS#12 file holds no private key with its certificate");
	}
}
