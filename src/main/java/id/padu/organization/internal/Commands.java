package id.padu.organization.internal;

import id.padu.organization.AssignmentKind;
import id.padu.organization.PositionLevel;
import id.padu.organization.UnitKind;
import id.padu.shared.KodeWilayah;
import id.padu.shared.Nip;

import java.time.LocalDate;

/** What the structure services are asked to do, whoever asks (admin pages, REST API, Excel import, demo data). */
final class Commands {

	private Commands() {
	}

	record UnitCommand(String code, String name, UnitKind kind, String parentCode, KodeWilayah kodeWilayah, int order,
			boolean active) {
	}

	record PositionCommand(String code, String title, PositionLevel level, String unitCode, String parentCode,
			int order) {
	}

	record StaffCommand(Nip nip, String fullName, String username, String email) {
	}

	record AssignmentCommand(Nip nip, String positionCode, AssignmentKind kind, LocalDate from, LocalDate until) {
	}
}
