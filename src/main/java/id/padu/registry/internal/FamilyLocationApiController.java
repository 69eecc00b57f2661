package id.padu.registry.internal;

import id.padu.registry.FamilyLocations;
import id.padu.registry.HomeLocation;
import id.padu.registry.IdentifierRules;
import id.padu.shared.NomorKk;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** Officers (or systems with {@code registry.write}) record where a family's house stands. */
@RestController
@Tag(name = "Registry", description = "Residents and families of the caller's pemda; every read is logged with its purpose")
class FamilyLocationApiController {

	/** Decimal degrees (WGS 84). */
	record LocationRequest(@NotNull Double latitude, @NotNull Double longitude) {
	}

	private final FamilyLocations locations;
	private final IdentifierRules identifiers;

	FamilyLocationApiController(FamilyLocations locations, IdentifierRules identifiers) {
		this.locations = locations;
		this.identifiers = identifiers;
	}

	@PutMapping(path = "/api/v1/families/{nomorKk}/location", consumes = "application/json")
	@PreAuthorize("hasAnyRole('OFFICER','HEAD') or hasAuthority('SCOPE_registry.write')")
	@Operation(summary = "Record the family's home location {latitude, longitude} (school zoning measures from it)")
	Map<String, Object> record(@PathVariable String nomorKk, @Valid @RequestBody LocationRequest request) {
		NomorKk checked = identifiers.nomorKk(nomorKk);
		HomeLocation location = new HomeLocation(request.latitude(), request.longitude());
		locations.record(checked, location);
		return Map.of("nomorKk", checked.value(), "latitude", location.latitude(), "longitude", location.longitude());
	}
}
