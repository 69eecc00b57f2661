package id.padu.registry.internal;

import id.padu.registry.Gender;
import id.padu.registry.InvalidPurposeException;
import id.padu.registry.Purpose;
import id.padu.registry.ResidentRecord;
import id.padu.registry.ResidentStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Name search for staff and other systems. Each call logs every returned resident with the caller and the
 * purpose ({@code X-Purpose}, or "Pencarian penduduk" when the caller names none), because the list itself
 * is personal data that leaves Padu.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Registry")
class ResidentSearchApiController {

	private final ResidentSearch search;
	private final MessageSource messages;

	ResidentSearchApiController(ResidentSearch search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	@GetMapping("/residents")
	@PreAuthorize(ResidentApiController.STAFF + " or hasAnyAuthority('SCOPE_registry.read','SCOPE_registry.full')")
	@Operation(summary = "Residents by (part of) their name, best match first; tolerant of typos, old spelling "
			+ "(Soekarno/Sukarno), abbreviations (Moh./Muhammad, St./Siti, Abd./Abdul) and spacing (Nur Hayati/Nurhayati). "
			+ "q of 16 digits: exact NIK, or the members of a Nomor KK. q needs at least 2 characters. "
			+ "Every returned resident is logged with the caller and X-Purpose")
	List<Map<String, Object>> search(@RequestParam(required = false) String q,
			@RequestParam(defaultValue = "10") int limit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
			@RequestParam(required = false) Integer birthYear, @RequestParam(required = false) String kelurahan,
			@RequestParam(required = false) String rt, @RequestParam(required = false) String rw,
			@RequestParam(required = false) Gender gender, @RequestParam(required = false) ResidentStatus status,
			@RequestHeader(name = ResidentApiController.PURPOSE_HEADER, required = false) String purpose) {
		var query = new ResidentSearchQuery(q, birthDate, birthYear, kelurahan, rt, rw, gender, status, limit);
		Purpose why = purpose == null || purpose.isBlank()
				? new Purpose(messages.getMessage("registry.search.defaultPurpose", null, Purposes.INDONESIAN))
				: new Purpose(purpose);
		return search.searchAndLog(query, why).stream().map(ResidentSearchApiController::json).toList();
	}

	@ExceptionHandler(ResidentSearchQuery.Rejected.class)
	ProblemDetail rejected(ResidentSearchQuery.Rejected e) {
		return badRequest(e.messageKey(), ResidentSearchQuery.MAX_LIMIT);
	}

	@ExceptionHandler(InvalidPurposeException.class)
	ProblemDetail invalidPurpose(InvalidPurposeException e) {
		return badRequest(e.messageKey(), ResidentApiController.PURPOSE_HEADER);
	}

	private ProblemDetail badRequest(String messageKey, Object argument) {
		var locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(messageKey, new Object[] { argument }, locale));
		problem.setTitle(messages.getMessage("error.title.400", null, locale));
		problem.setProperty("code", messageKey);
		return problem;
	}

	private static Map<String, Object> json(ResidentSearchHit hit) {
		ResidentRecord r = hit.resident();
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("street", r.address().street());
		address.put("rt", r.address().rt());
		address.put("rw", r.address().rw());
		address.put("kelurahan", r.address().kelurahan().value());
		address.put("kecamatan", r.address().kecamatan().value());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("nik", r.nik().value());
		json.put("name", r.fullName());
		json.put("birthDate", r.birthDate().toString());
		json.put("birthPlace", r.birthPlace());
		json.put("gender", r.gender().name());
		json.put("kodeWilayah", r.address().kelurahan().value());
		json.put("address", address);
		json.put("score", Math.round(hit.score() * 1000) / 1000.0);
		return json;
	}
}
