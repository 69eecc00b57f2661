package id.padu.organization.internal;

import id.padu.organization.OrganizationDirectory;
import id.padu.organization.UnitRef;
import id.padu.organization.internal.ApiViews.PositionView;
import id.padu.organization.internal.ApiViews.StaffView;
import id.padu.organization.internal.ApiViews.UnitView;
import id.padu.organization.internal.Commands.UnitCommand;
import id.padu.shared.KodeWilayah;
import id.padu.shared.Nip;
import id.padu.shared.NotFoundException;
import id.padu.shared.web.Formats;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The structure for other systems: units, positions with their holders, staff by NIP. */
@RestController
@RequestMapping("/api/v1/organization")
@Tag(name = "Organization", description = "OPD tree, positions (jabatan) and staff of the caller's pemda")
@PreAuthorize(OrganizationApiController.READ)
class OrganizationApiController {

	static final String READ = "hasAnyRole('OFFICER','HEAD','SECRETARIAT','ARCHIVIST','TREASURER','HR','ADMIN','AUDITOR')"
			+ " or hasAuthority('SCOPE_organization.read')";

	private final OrganizationDirectory directory;
	private final UnitService units;
	private final AssignmentRepository assignments;
	private final Clock clock;

	OrganizationApiController(OrganizationDirectory directory, UnitService units, AssignmentRepository assignments,
			Clock clock) {
		this.directory = directory;
		this.units = units;
		this.assignments = assignments;
		this.clock = clock;
	}

	@GetMapping("/units")
	@Operation(summary = "All units as a flat list, parents before children, each with its parentCode")
	List<UnitView> units() {
		return directory.units().stream().map(UnitView::of).toList();
	}

	@GetMapping("/units/{code}")
	@Operation(summary = "One unit by its code")
	UnitView unit(@PathVariable String code) {
		return UnitView.of(directory.unit(code));
	}

	@PostMapping("/units")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Add a unit (ADMIN)")
	ResponseEntity<UnitView> create(@Valid @RequestBody UnitRequest request) {
		UnitRef unit = units.create(command(request.code(), request));
		return ResponseEntity.created(URI.create("/api/v1/organization/units/" + unit.code())).body(UnitView.of(unit));
	}

	@PutMapping("/units/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change a unit's name, kind, parent, kode wilayah, order or status (ADMIN); the code stays")
	UnitView update(@PathVariable String code, @Valid @RequestBody UnitRequest request) {
		directory.unit(code);
		return UnitView.of(units.update(code, command(code, request)));
	}

	@GetMapping("/positions")
	@Operation(summary = "Positions of a unit with who holds them today")
	List<PositionView> positions(@RequestParam String unit) {
		directory.unit(unit);
		return directory.positionsIn(unit).stream().map(p -> PositionView.of(p, directory.holders(p.code()))).toList();
	}

	@GetMapping("/staff/{nip}")
	@Operation(summary = "A staff member by NIP, with the positions held today")
	StaffView staff(@PathVariable String nip) {
		Nip parsed = Nip.of(nip);
		LocalDate today = LocalDate.now(clock.withZone(Formats.JAKARTA));
		return directory.findStaff(parsed)
			.map(s -> StaffView.of(s, assignments.findByNip(parsed.value()).stream()
				.filter(a -> a.activeOn(today)).map(Assignment::toHolder).toList()))
			.orElseThrow(() -> new NotFoundException("organization.staff.notFound"));
	}

	private static UnitCommand command(String code, UnitRequest request) {
		return new UnitCommand(code, request.name(), request.kind(), request.parentCode(),
				request.kodeWilayah() == null ? null : KodeWilayah.of(request.kodeWilayah()),
				request.order() == null ? 0 : request.order(), request.active() == null || request.active());
	}
}
