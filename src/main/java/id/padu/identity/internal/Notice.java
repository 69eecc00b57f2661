package id.padu.identity.internal;

import org.springframework.ui.Model;

/** A calm one-message page (link sent, link expired, done) with one obvious next step. */
record Notice(String titleKey, String textKey, String linkHref, String linkKey, boolean problem) {

	static final String VIEW = "identity/notice";

	static Notice done(String titleKey, String textKey, String linkHref, String linkKey) {
		return new Notice(titleKey, textKey, linkHref, linkKey, false);
	}

	static Notice problem(String titleKey, String textKey, String linkHref, String linkKey) {
		return new Notice(titleKey, textKey, linkHref, linkKey, true);
	}

	/** The page for a link that cannot be used, telling why and where to get a new one. */
	static Notice badLink(LinkState state, String newLinkHref, String newLinkKey) {
		String reason = switch (state) {
			case EXPIRED -> "link.expired";
			case USED -> "link.used";
			default -> "link.unknown";
		};
		return problem("link.invalid.title", reason, newLinkHref, newLinkKey);
	}

	String show(Model model) {
		model.addAttribute("notice", this);
		return VIEW;
	}
}
