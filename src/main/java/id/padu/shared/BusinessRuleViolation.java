package id.padu.shared;

/**
 * A request that is well-formed but breaks a business rule (a duplicate code, a cycle in a tree).
 * Answered with 422 and a message in the user's language; the transaction rolls back.
 */
public class BusinessRuleViolation extends RuntimeException {

	private final String messageKey;
	private final transient Object[] arguments;

	public BusinessRuleViolation(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
