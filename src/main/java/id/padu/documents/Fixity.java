package id.padu.documents;

/**
 * What re-reading a stored file found: its bytes still hash to the SHA-256 it was stored under, they changed, or
 * the file is gone from disk although the pemda's row says it is stored.
 */
public enum Fixity {
	INTACT, CHANGED, MISSING
}
