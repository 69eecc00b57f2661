package id.padu.documents.internal;

import id.padu.identity.PaduUser;
import id.padu.identity.Role;

/**
 * Who may see, download and revoke an issued document on the staff side: an ADMIN of the pemda, and the person
 * who signed it. Other staff reach documents through the module that issued them (e.g. an application's output).
 */
final class DocumentManagementPolicy {

	private DocumentManagementPolicy() {
	}

	static boolean mayManage(PaduUser user, IssuedDocumentRecord document) {
		return user != null && (user.has(Role.ADMIN) || user.getUsername().equals(document.signerUsername()));
	}

	/** Whether the user sees every document of the pemda in lists, or only the ones they signed. */
	static boolean seesAll(PaduUser user) {
		return user.has(Role.ADMIN);
	}
}
