package id.padu.organization.internal;

import id.padu.organization.Holder;
import id.padu.organization.PositionRef;
import id.padu.organization.StaffRef;
import id.padu.organization.UnitRef;

import java.time.LocalDate;
import java.util.List;

/** JSON shapes of the organization API: plain strings for codes, so clients need no Padu types. */
final class ApiViews {

	private ApiViews() {
	}

	record UnitView(String code, String name, String kind, String parentCode, String kodeWilayah, int order,
			boolean active) {
		static UnitView of(UnitRef u) {
			return new UnitView(u.code(), u.name(), u.kind().name(), u.parentCode(),
					u.kodeWilayah() == null ? null : u.kodeWilayah().value(), u.order(), u.active());
		}
	}

	record HolderView(String nip, String fullName, String kind, LocalDate from, LocalDate until) {
		static HolderView of(Holder h) {
			return new HolderView(h.staff().nip().value(), h.staff().fullName(), h.kind().name(), h.from(), h.until());
		}
	}

	record PositionView(String code, String title, String level, String unitCode, String parentCode,
			List<HolderView> holders) {
		static PositionView of(PositionRef p, List<Holder> holders) {
			return new PositionView(p.code(), p.title(), p.level().name(), p.unitCode(), p.parentCode(),
					holders.stream().map(HolderView::of).toList());
		}
	}

	record AppointmentView(String positionCode, String positionTitle, String unitCode, String kind, LocalDate from,
			LocalDate until) {
		static AppointmentView of(Holder h) {
			return new AppointmentView(h.position().code(), h.position().title(), h.position().unitCode(),
					h.kind().name(), h.from(), h.until());
		}
	}

	record StaffView(String nip, String fullName, String username, String email, List<AppointmentView> positions) {
		static StaffView of(StaffRef s, List<Holder> appointments) {
			return new StaffView(s.nip().value(), s.fullName(), s.username(), s.email(),
					appointments.stream().map(AppointmentView::of).toList());
		}
	}
}
