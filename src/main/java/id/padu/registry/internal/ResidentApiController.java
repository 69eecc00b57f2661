package id.padu.registry.internal;

import id.padu.audit.PersonalDataAccessLog;
import id.padu.audit.PersonalDataAccessLog.Channel;
import id.padu.identity.CitizenAccounts;
import id.padu.identity.PaduUser;
import id.padu.registry.IdentifierRules;
import id.padu.registry.InvalidPurposeException;
import id.padu.registry.Purpose;
import id.padu.registry.ResidentField;
import id.padu.shared.Nik;
import id.padu.shared.NomorKk;
import id.padu.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Once-only, purpose-bound reads for staff and other systems. Every call names its purpose in
 * {@code X-Purpose}; a client with scope {@code registry.full} (or staff) gets the whole record, any
 * other reader the basic identity fields only, and the log records exactly what was returned.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Registry", description = "Residents and families of the caller's pemda; every read is logged with its purpose")
class ResidentApiController {

	static final String STAFF = "hasAnyRole('OFFICER','HEAD','SECRETARIAT','ARCHIVIST','TREASURER','HR','ADMIN','AUDITOR')";
	static final String PURPOSE_HEADER = "X-Purpose";

	private final RegistryReads reads;
	private final IdentifierRules identifiers;
	private final PersonalDataAccessLog log;
	private final CitizenAccounts citizens;
	private final MessageSource messages;

	ResidentApiController(RegistryReads reads, IdentifierRules identifiers, PersonalDataAccessLog log,
			CitizenAccounts citizens, MessageSource messages) {
		this.reads = reads;
		this.identifiers = identifiers;
		this.log = log;
		this.citizens = citizens;
		this.messages = messages;
	}

	@GetMapping("/residents/{nik}")
	// Scopes first: the other systems' calls are the many, and the expression stops at the first true part.
	@PreAuthorize("hasAnyAuthority('SCOPE_registry.read','SCOPE_registry.basic','SCOPE_registry.full') or " + STAFF)
	@Operation(summary = "One resident by NIK; header X-Purpose required. Scope registry.basic: nik, name, "
			+ "birthDate, gender, kodeWilayah; registry.full and staff: everything with family and life events")
	Map<String, Object> resident(@PathVariable String nik, @RequestHeader(name = PURPOSE_HEADER, required = false) String purpose,
			Authentication caller) {
		Purpose why = new Purpose(purpose);
		Nik checked = identifiers.nik(nik);
		Set<ResidentField> fields = mayReadAll(caller) ? ResidentField.ALL : ResidentField.BASIC;
		return reads.read(checked, why, fields, Channel.API).map(ResidentJson::of)
			.orElseThrow(() -> new NotFoundException("registry.resident.notFound"));
	}

	@GetMapping("/residents/{nik}/access-log")
	@PreAuthorize(STAFF + " or hasRole('CITIZEN')")
	@Operation(summary = "Who read this resident's data, when, why and which fields; newest first. "
			+ "Staff, or the citizen for their own NIK")
	List<Map<String, Object>> accessLog(@PathVariable String nik, Authentication caller) {
		Nik checked = Nik.of(nik);
		boolean someoneElse = caller.getPrincipal() instanceof PaduUser user && !user.isStaff()
				&& !citizens.nikOf(user.accountId()).map(checked::equals).orElse(false);
		if (someoneElse || !reads.holds(checked)) {
			// Another person's log, or a NIK this pemda does not hold: 404, so NIKs cannot be probed.
			throw new NotFoundException("registry.resident.notFound");
		}
		return ResidentJson.accessLog(log.forNik(checked));
	}

	@GetMapping("/families/{nomorKk}")
	@PreAuthorize(STAFF + " or hasAuthority('SCOPE_registry.full')")
	@Operation(summary = "A Kartu Keluarga with its members; header X-Purpose required; logged for every member")
	Map<String, Object> family(@PathVariable String nomorKk,
			@RequestHeader(name = PURPOSE_HEADER, required = false) String purpose) {
		Purpose why = new Purpose(purpose);
		NomorKk checked = identifiers.nomorKk(nomorKk);
		return reads.family(checked, why, Channel.API).map(f -> ResidentJson.family(f, null))
			.orElseThrow(() -> new NotFoundException("registry.family.notFound"));
	}

	/** Handled here because a missing purpose is this API's own rule, answered like every other 400. */
	@ExceptionHandler(InvalidPurposeException.class)
	ProblemDetail invalidPurpose(InvalidPurposeException e) {
		var locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(e.messageKey(), new Object[] { PURPOSE_HEADER }, locale));
		problem.setTitle(messages.getMessage("error.title.400", null, locale));
		problem.setProperty("code", e.messageKey());
		return problem;
	}

	private static boolean mayReadAll(Authentication caller) {
		return caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("SCOPE_registry.full")
				|| (a.getAuthority().startsWith("ROLE_") && !a.getAuthority().equals("ROLE_CITIZEN")));
	}
}
