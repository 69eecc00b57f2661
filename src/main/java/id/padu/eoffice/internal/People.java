package id.padu.eoffice.internal;

import id.padu.organization.Holder;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.PositionRef;
import id.padu.organization.StaffRef;
import id.padu.organization.UnitRef;
import id.padu.shared.BusinessRuleViolation;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The organization as e-office needs it: who holds what today, and recipients resolved to positions. */
@Component
class People {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private final OrganizationDirectory organization;

	People(OrganizationDirectory organization) {
		this.organization = organization;
	}

	/** The positions the account holds today (definitive or acting) and their OPDs. */
	ClearancePolicy.Viewer viewer(String username) {
		Set<String> positions = new LinkedHashSet<>();
		Set<String> opds = new LinkedHashSet<>();
		for (Holder holder : organization.appointmentsOf(username)) {
			positions.add(holder.position().code());
			organization.opdOf(holder.position().unitCode()).ifPresent(opd -> opds.add(opd.code()));
		}
		return new ClearancePolicy.Viewer(username, positions, opds);
	}

	Optional<Holder> holding(String username, String positionCode) {
		return organization.appointmentsOf(username).stream()
			.filter(holder -> holder.position().code().equals(positionCode)).findFirst();
	}

	/** @throws BusinessRuleViolation {@code eoffice.user.unknown} for an account that is not staff holding a position */
	PositionRef mainPosition(String username) {
		return blank(username) ? unknownUser(username)
				: organization.positionOf(username).orElseGet(() -> unknownUser(username));
	}

	/** @throws BusinessRuleViolation {@code eoffice.position.unknown} */
	PositionRef position(String code) {
		return organization.findPosition(code).orElseThrow(() -> new BusinessRuleViolation("eoffice.position.unknown", code));
	}

	StaffRef staff(String username) {
		return blank(username) ? unknownUser(username)
				: organization.findStaffByUsername(username).orElseGet(() -> unknownUser(username));
	}

	/** The OPD a position belongs to: the issuing unit of what it signs. */
	UnitRef opdOf(PositionRef position) {
		return organization.opdOf(position.unitCode()).orElseGet(() -> organization.unit(position.unitCode()));
	}

	Optional<String> headPositionOf(String unitCode) {
		return organization.headOf(unitCode).map(PositionRef::code);
	}

	ResolvedRecipient resolve(RecipientInput input) {
		if (input == null) {
			throw new BusinessRuleViolation("eoffice.recipient.invalid");
		}
		int given = (blank(input.username()) ? 0 : 1) + (blank(input.opd()) ? 0 : 1) + (blank(input.email()) ? 0 : 1);
		if (given != 1) {
			throw new BusinessRuleViolation("eoffice.recipient.invalid");
		}
		if (!blank(input.username())) {
			PositionRef position = mainPosition(input.username().strip());
			return new ResolvedRecipient(LetterRecipient.Kind.PERSON, input.username().strip(), position.unitCode(),
					position.code(), null, position.title());
		}
		if (!blank(input.opd())) {
			String code = input.opd().strip();
			UnitRef unit = organization.findUnit(code)
				.orElseThrow(() -> new BusinessRuleViolation("eoffice.recipient.unknownUnit", code));
			PositionRef head = organization.headOf(unit.code())
				.orElseThrow(() -> new BusinessRuleViolation("eoffice.recipient.unknownUnit", code));
			return new ResolvedRecipient(LetterRecipient.Kind.OPD, null, unit.code(), head.code(), null, head.title());
		}
		String email = input.email().strip();
		if (!EMAIL.matcher(email).matches() || email.length() > 200 || blank(input.name()) || input.name().length() > 300) {
			throw new BusinessRuleViolation("eoffice.recipient.email");
		}
		return new ResolvedRecipient(LetterRecipient.Kind.EMAIL, null, null, null, email, input.name().strip());
	}

	List<Holder> holders(String positionCode) {
		return organization.holders(positionCode);
	}

	private static <T> T unknownUser(String username) {
		throw new BusinessRuleViolation("eoffice.user.unknown", username == null ? "" : username);
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
