package id.padu.eoffice.internal.incoming;

import id.padu.identity.PaduUser;
import id.padu.identity.Role;
import id.padu.organization.Holder;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.PositionRef;
import id.padu.organization.UnitRef;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Gathers what {@link LetterAccessPolicy} decides on from the organization structure. */
@Component
class IncomingLetterAccess {

	private final OrganizationDirectory directory;

	IncomingLetterAccess(OrganizationDirectory directory) {
		this.directory = directory;
	}

	boolean mayOpen(PaduUser user, IncomingLetter letter, List<Disposition> tree) {
		return user != null && LetterAccessPolicy.mayOpen(factsOf(letter, tree), viewerOf(user));
	}

	/** The positions the user holds today, definitive or acting, with how they hold each. */
	List<Holder> appointments(PaduUser user) {
		return directory.appointmentsOf(user.getUsername());
	}

	Optional<Holder> holding(PaduUser user, String positionCode) {
		return appointments(user).stream().filter(h -> h.position().code().equals(positionCode)).findFirst();
	}

	LetterAccessPolicy.Viewer viewerOf(PaduUser user) {
		Set<String> positions = appointments(user).stream().map(h -> h.position().code()).collect(Collectors.toSet());
		Set<String> opds = new HashSet<>();
		for (Holder holder : appointments(user)) {
			directory.opdOf(holder.position().unitCode()).map(UnitRef::code).ifPresent(opds::add);
		}
		return new LetterAccessPolicy.Viewer(positions, opds, user.has(Role.SECRETARIAT));
	}

	LetterAccessPolicy.Letter factsOf(IncomingLetter letter, List<Disposition> tree) {
		Set<String> treePositions = tree.stream().map(Disposition::toPosition).collect(Collectors.toSet());
		Set<String> superiors = new HashSet<>();
		for (String position : treePositions) {
			directory.chainOfCommand(position).stream().map(PositionRef::code).forEach(superiors::add);
		}
		return new LetterAccessPolicy.Letter(letter.securityClass(), letter.recipientOpd(), letter.headPosition(),
				treePositions, superiors);
	}
}
