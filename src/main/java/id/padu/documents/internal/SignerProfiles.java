package id.padu.documents.internal;

import id.padu.documents.SigningRefusedException;
import id.padu.organization.AssignmentKind;
import id.padu.organization.Holder;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.StaffRef;
import id.padu.organization.UnitRef;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Who a signer is today, from the organization: name and NIP of the staff member linked to the account, the
 * position held (the definitive one first; an acting one is written "Plt." or "Plh.") and its OPD.
 */
@Component
class SignerProfiles {

	private final OrganizationDirectory organization;

	SignerProfiles(OrganizationDirectory organization) {
		this.organization = organization;
	}

	Optional<SignerProfile> find(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		Optional<StaffRef> staff = organization.findStaffByUsername(username);
		List<Holder> appointments = organization.appointmentsOf(username);
		if (staff.isEmpty() || appointments.isEmpty()) {
			return Optional.empty();
		}
		Holder main = appointments.get(0);
		String position = prefix(main.kind()) + main.position().title();
		String opd = organization.opdOf(main.position().unitCode()).map(UnitRef::name).orElse(null);
		StaffRef person = staff.get();
		return Optional.of(new SignerProfile(username, person.fullName(),
				person.nip() == null ? null : person.nip().value(), position, opd));
	}

	/** @throws SigningRefusedException ({@code NOT_A_STAFF_MEMBER}) when the account holds no position */
	SignerProfile require(String username) {
		return find(username).orElseThrow(() -> new SigningRefusedException(SigningRefusedException.Reason.NOT_A_STAFF_MEMBER));
	}

	/**
	 * The signer as holder of one given position today ({@code Plt.}/{@code Plh.} when acting in it), or the main
	 * position when the code is null.
	 *
	 * @throws SigningRefusedException ({@code NOT_A_STAFF_MEMBER}) when the account does not hold that position
	 */
	SignerProfile require(String username, String positionCode) {
		if (positionCode == null) {
			return require(username);
		}
		Optional<StaffRef> staff = organization.findStaffByUsername(username);
		Holder held = organization.appointmentsOf(username).stream()
			.filter(holder -> holder.position().code().equals(positionCode)).findFirst()
			.orElseThrow(() -> new SigningRefusedException(SigningRefusedException.Reason.NOT_A_STAFF_MEMBER));
		StaffRef person = staff.orElseThrow(() -> new SigningRefusedException(SigningRefusedException.Reason.NOT_A_STAFF_MEMBER));
		String opd = organization.opdOf(held.position().unitCode()).map(UnitRef::name).orElse(null);
		return new SignerProfile(username, person.fullName(), person.nip() == null ? null : person.nip().value(),
				prefix(held.kind()) + held.position().title(), opd);
	}

	private static String prefix(AssignmentKind kind) {
		return switch (kind) {
			case PLT -> "Plt. ";
			case PLH -> "Plh. ";
			case DEFINITIF -> "";
		};
	}
}
