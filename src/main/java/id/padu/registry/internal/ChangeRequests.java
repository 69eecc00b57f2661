package id.padu.registry.internal;

import id.padu.documents.DocumentStore;
import id.padu.documents.StoredFile;
import id.padu.identity.PaduUser;
import id.padu.identity.Role;
import id.padu.organization.Holder;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.PositionRef;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.Nik;
import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.hibernate.Hibernate;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Change requests: made by officers, decided by heads ({@link CorrectionApprovalPolicy}), applied by
 * {@link CorrectionApplier}. Everything is checked before the first write of each transaction.
 */
@Service
@Transactional
class ChangeRequests {

	static final int MAX_TEXT = 1000;

	private final ResidentRepository residents;
	private final ChangeRequestRepository requests;
	private final CorrectionRules rules;
	private final CorrectionApplier applier;
	private final DocumentStore documents;
	private final OrganizationDirectory organization;
	private final Readers readers;
	private final Clock clock;

	ChangeRequests(ResidentRepository residents, ChangeRequestRepository requests, CorrectionRules rules,
			CorrectionApplier applier, DocumentStore documents, OrganizationDirectory organization, Readers readers,
			Clock clock) {
		this.residents = residents;
		this.requests = requests;
		this.rules = rules;
		this.applier = applier;
		this.documents = documents;
		this.organization = organization;
		this.readers = readers;
		this.clock = clock;
	}

	/** A new request; {@code wanted} maps API field names to new values, {@code document} may be null (refused). */
	ChangeRequest submit(Nik nik, Map<String, String> wanted, String reason, InputStream document, String documentName,
			PaduUser user) {
		Resident resident = residents.findByNik(nik.value())
			.orElseThrow(() -> new NotFoundException("registry.resident.notFound"));
		List<CorrectionRules.Problem> problems = new ArrayList<>();
		CorrectionRules.Checked checked = rules.check(resident.toRecord(), rules.fields(wanted, problems));
		problems.addAll(checked.problems());
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			problems.add(new CorrectionRules.Problem("reason", "registry.correction.reason.required"));
		} else if (why.length() > MAX_TEXT) {
			problems.add(new CorrectionRules.Problem("reason", "registry.correction.reason.tooLong", MAX_TEXT));
		}
		if (document == null) {
			problems.add(new CorrectionRules.Problem("document", "registry.correction.document.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidCorrectionException(problems);
		}
		String position = organization.positionOf(user.getUsername()).map(PositionRef::code)
			.orElseThrow(() -> new BusinessRuleViolation("registry.correction.noPosition"));
		Set<CorrectionField> changing = checked.changes().stream().map(CorrectionRules.Change::field).collect(Collectors.toSet());
		boolean overlaps = requests.findByNikAndStatus(nik.value(), ChangeRequestStatus.DIAJUKAN).stream()
			.flatMap(r -> r.items().stream()).anyMatch(i -> changing.contains(i.field()));
		if (overlaps) {
			throw new BusinessRuleViolation("registry.correction.pendingExists");
		}
		StoredFile file = documents.store(document, documentName);
		return requests.save(new ChangeRequest(nik.value(), checked.changes(), why, file.sha256(), name(documentName, file),
				user.getUsername(), readers.current().display(), position, Instant.now(clock)));
	}

	/** The name this upload came with (the store keeps the first name it saw for the same bytes). */
	private static String name(String declared, StoredFile file) {
		String name = declared == null ? "" : declared.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			return file.originalName();
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

	ChangeRequestViews.RequestView decide(UUID id, boolean approve, String note, PaduUser user) {
		ChangeRequest request = request(id);
		if (!request.status().isPending()) {
			throw new ChangeRequestConflict("registry.correction.alreadyDecided");
		}
		CorrectionApprovalPolicy.checkDecider(user.has(Role.HEAD), user.getUsername(), request.requestedBy(),
				positionsOf(user.getUsername()), chainOf(request.requesterPosition()));
		String byName = readers.current().display();
		if (approve) {
			applier.approve(request, user.getUsername(), byName);
		} else {
			String text = note == null ? "" : note.strip();
			if (text.isEmpty() || text.length() > MAX_TEXT) {
				throw new InvalidCorrectionException(List.of(new CorrectionRules.Problem("note",
						text.isEmpty() ? "registry.correction.note.required" : "registry.correction.note.tooLong", MAX_TEXT)));
			}
			request.reject(user.getUsername(), byName, Instant.now(clock), text);
		}
		return request.toView();
	}

	ChangeRequestViews.RequestView withdraw(UUID id, PaduUser user) {
		ChangeRequest request = request(id);
		CorrectionApprovalPolicy.checkWithdrawal(user.getUsername(), request.requestedBy());
		request.withdraw(Instant.now(clock));
		return request.toView();
	}

	@Transactional(readOnly = true)
	ChangeRequest request(UUID id) {
		return requests.findById(id).orElseThrow(() -> new NotFoundException("registry.correction.notFound"));
	}

	@Transactional(readOnly = true)
	List<ChangeRequestViews.RequestView> list(ChangeRequestStatus status) {
		return (status == null ? requests.findTop200ByOrderByRequestedAtDesc()
				: requests.findTop200ByStatusOrderByRequestedAtAsc(status)).stream().map(ChangeRequest::toView).toList();
	}

	@Transactional(readOnly = true)
	List<ChangeRequestViews.RequestView> madeBy(String username) {
		return requests.findTop100ByRequestedByOrderByRequestedAtDesc(username).stream().map(ChangeRequest::toView).toList();
	}

	/** Pending requests this person may decide, oldest first. */
	@Transactional(readOnly = true)
	List<ChangeRequest> decidableBy(PaduUser user) {
		if (!user.has(Role.HEAD)) {
			return List.of();
		}
		List<String> mine = positionsOf(user.getUsername());
		Map<String, List<String>> chains = new java.util.HashMap<>();
		List<ChangeRequest> decidable = requests.findTop200ByStatusOrderByRequestedAtAsc(ChangeRequestStatus.DIAJUKAN).stream()
			.filter(r -> CorrectionApprovalPolicy.mayDecide(true, user.getUsername(), r.requestedBy(), mine,
					chains.computeIfAbsent(r.requesterPosition(), this::chainOf)))
			.toList();
		// The queue page shows the items after this transaction: load them now, in batches.
		decidable.forEach(r -> Hibernate.initialize(r.items()));
		return decidable;
	}

	@Transactional(readOnly = true)
	boolean mayDecide(ChangeRequest request, PaduUser user) {
		return request.status().isPending() && CorrectionApprovalPolicy.mayDecide(user.has(Role.HEAD),
				user.getUsername(), request.requestedBy(), positionsOf(user.getUsername()), chainOf(request.requesterPosition()));
	}

	private List<String> positionsOf(String username) {
		return organization.appointmentsOf(username).stream().map(Holder::position).map(PositionRef::code).toList();
	}

	private List<String> chainOf(String positionCode) {
		return organization.chainOfCommand(positionCode).stream().map(PositionRef::code).toList();
	}
}
