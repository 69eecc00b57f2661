package id.padu.archive.internal.custody.fixity;

/** What started a fixity run: the weekly schedule, a person on the page, or an API call. */
public enum FixityTrigger {
	SCHEDULED, MANUAL, API;

	public String messageKey() {
		return "archive.custody.fixity.trigger." + name();
	}
}
