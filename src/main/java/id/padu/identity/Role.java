package id.padu.identity;

/** What an account may do. Staff roles are scoped to the staff member's OPD unless granted more. */
public enum Role {
	CITIZEN, OFFICER, HEAD, SECRETARIAT, ARCHIVIST, TREASURER, HR, ADMIN, AUDITOR;

	public String authority() {
		return "ROLE_" + name();
	}

	public boolean isStaff() {
		return this != CITIZEN;
	}
}
