package id.padu.eoffice.internal.incoming;

import id.padu.organization.OrganizationDirectory;
import id.padu.organization.PositionRef;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** The positions a disposer is offered: every position below theirs, nearest first, with today's holders. */
@Component
class RecipientChoices {

	/** A position to tick; {@code depth} 1 for a direct subordinate. */
	record Choice(String code, String title, int depth, List<String> holders) {
	}

	private final OrganizationDirectory directory;

	RecipientChoices(OrganizationDirectory directory) {
		this.directory = directory;
	}

	List<Choice> below(String positionCode) {
		List<Choice> out = new ArrayList<>();
		walk(positionCode, 1, out);
		return out;
	}

	private void walk(String positionCode, int depth, List<Choice> out) {
		for (PositionRef sub : directory.subordinates(positionCode)) {
			out.add(new Choice(sub.code(), sub.title(), depth,
					directory.holders(sub.code()).stream().map(IncomingLetterViews::holderName).toList()));
			walk(sub.code(), depth + 1, out);
		}
	}
}
