package id.padu.eoffice.internal.incoming;

import id.padu.organization.AssignmentKind;
import id.padu.organization.Holder;

/**
 * Someone acting for a position: the person, the position and how they hold it. {@code actingKind} is null for the
 * definitive holder, {@code PLT}/{@code PLH} for an acting one, so the trail shows "Plt." next to the name.
 */
record Actor(String username, String name, String positionCode, String positionTitle, AssignmentKind actingKind) {

	static Actor of(Holder holder) {
		return new Actor(holder.staff().username(), holder.staff().fullName(), holder.position().code(),
				holder.position().title(), holder.isActing() ? holder.kind() : null);
	}
}
