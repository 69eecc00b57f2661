package id.padu.registry.internal;

import id.padu.registry.IdentifierRules;
import id.padu.registry.LifeEventType;
import id.padu.registry.Registry;
import id.padu.shared.KodeWilayah;
import id.padu.shared.Nik;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Life events from other systems (SIAK, a hospital's death notices) or staff scripts: the same
 * {@link Registry} calls as the officers' forms, so the same rules; errors as problem details (400 for a
 * missing or malformed field, 404 for an unknown resident or spouse, 422 for a broken rule, with its code).
 */
@RestController
@Tag(name = "Registry", description = "Residents and families of the caller's pemda; every read is logged with its purpose")
class LifeEventApiController {

	private final Registry registry;
	private final IdentifierRules identifiers;

	LifeEventApiController(Registry registry, IdentifierRules identifiers) {
		this.registry = registry;
		this.identifiers = identifiers;
	}

	@InitBinder("lifeEventRequest")
	void rules(WebDataBinder binder) {
		binder.addValidators(new LifeEventRequestValidator(identifiers));
	}

	@PostMapping(path = "/api/v1/residents/{nik}/life-events", consumes = "application/json")
	@PreAuthorize("hasAnyRole('OFFICER','HEAD') or hasAuthority('SCOPE_registry.write')")
	@Operation(summary = "Record a life event of a resident: {type: DEATH|MOVE_OUT|MARRIAGE|DIVORCE, date: yyyy-MM-dd, "
			+ "details, spouseNik (MARRIAGE, DIVORCE), destination (MOVE_OUT: kecamatan or kelurahan code outside the "
			+ "pemda)}. Officers, heads, or a client with scope registry.write. 201 with the event recorded")
	ResponseEntity<Map<String, Object>> record(@PathVariable String nik, @Valid @RequestBody LifeEventRequest request) {
		Nik resident = identifiers.nik(nik);
		Nik spouse = request.spouseNik() == null ? null : Nik.of(request.spouseNik());
		KodeWilayah destination = request.destination() == null ? null : KodeWilayah.of(request.destination().strip());
		switch (request.type()) {
			case DEATH -> registry.recordDeath(resident, request.date(), request.details());
			case MOVE_OUT -> registry.recordMoveOut(resident, destination, request.date(), request.details());
			case MARRIAGE -> registry.recordMarriage(resident, spouse, request.date(), request.details());
			case DIVORCE -> registry.recordDivorce(resident, spouse, request.date(), request.details());
			default -> throw new IllegalStateException("refused by LifeEventRequestValidator: " + request.type());
		}
		Map<String, Object> recorded = new LinkedHashMap<>();
		recorded.put("nik", resident.value());
		recorded.put("type", request.type());
		recorded.put("date", request.date());
		recorded.put("relatedNik", request.type() == LifeEventType.MARRIAGE || request.type() == LifeEventType.DIVORCE
				? spouse.value() : null);
		recorded.put("wilayah", destination == null || request.type() != LifeEventType.MOVE_OUT ? null : destination.value());
		recorded.put("details", request.details() == null || request.details().isBlank() ? null : request.details().strip());
		return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/residents/" + resident.value()))
			.body(recorded);
	}
}
