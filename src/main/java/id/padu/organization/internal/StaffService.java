package id.padu.organization.internal;

import id.padu.organization.StaffRef;
import id.padu.organization.internal.Commands.StaffCommand;
import id.padu.shared.BusinessRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers staff and keeps their names, usernames and e-mail addresses current. */
@Service
@Transactional
class StaffService {

	private final StaffRepository staff;

	StaffService(StaffRepository staff) {
		this.staff = staff;
	}

	StaffRef create(StaffCommand command) {
		if (staff.existsByNip(command.nip().value())) {
			throw new BusinessRuleViolation("organization.staff.nipTaken", command.nip().formatted());
		}
		checkUsernameFree(command, null);
		return staff.save(new Staff(command.nip(), command.fullName().strip(), command.username(), command.email()))
			.toRef();
	}

	/** Creates or updates by NIP. */
	StaffRef upsert(StaffCommand command) {
		Staff existing = staff.findByNip(command.nip().value()).orElse(null);
		if (existing == null) {
			return create(command);
		}
		checkUsernameFree(command, existing);
		existing.update(command.fullName().strip(), command.username(), command.email());
		return existing.toRef();
	}

	private void checkUsernameFree(StaffCommand command, Staff self) {
		if (command.username() == null || command.username().isBlank()) {
			return;
		}
		staff.findByUsername(command.username().strip().toLowerCase())
			.filter(other -> self == null || !other.getId().equals(self.getId()))
			.ifPresent(other -> {
				throw new BusinessRuleViolation("organization.staff.usernameTaken", command.username(),
						other.fullName());
			});
	}
}
