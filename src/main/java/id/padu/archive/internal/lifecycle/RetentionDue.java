package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.ArchiveStage;
import id.padu.archive.internal.Berkas;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.UnitRef;
import id.padu.shared.web.Formats;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The current pemda's due list: closed berkas whose active or inactive period ended, with what is due. */
@Service
@Transactional(readOnly = true)
public class RetentionDue {

	private final LifecycleQueries queries;
	private final LegalHoldRepository holds;
	private final DisposalProposalItemRepository items;
	private final ApproverPolicy approvers;
	private final OrganizationDirectory directory;
	private final Clock clock;

	RetentionDue(LifecycleQueries queries, LegalHoldRepository holds, DisposalProposalItemRepository items,
			ApproverPolicy approvers, OrganizationDirectory directory, Clock clock) {
		this.queries = queries;
		this.holds = holds;
		this.items = items;
		this.approvers = approvers;
		this.directory = directory;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.JAKARTA));
	}

	public List<DueBerkas> list(LocalDate today) {
		Set<UUID> held = holds.heldBerkas();
		Map<UUID, Object[]> open = new HashMap<>();
		for (Object[] row : items.openItems()) {
			open.put((UUID) row[0], row);
		}
		return queries.due(today, ArchiveStage.AKTIF, ArchiveStage.INAKTIF).stream().map(b -> {
			Object[] proposal = open.get(b.getId());
			return view(b, today, held.contains(b.getId()), proposal);
		}).filter(d -> d.step() != null).toList();
	}

	/** How many berkas are due for each step. */
	public Map<DueStep, Long> counts(List<DueBerkas> due) {
		Map<DueStep, Long> counts = new EnumMap<>(DueStep.class);
		for (DueStep step : DueStep.values()) {
			counts.put(step, due.stream().filter(d -> d.step() == step).count());
		}
		return counts;
	}

	private DueBerkas view(Berkas b, LocalDate today, boolean held, Object[] proposal) {
		String opd = approvers.opdOf(b.creatorUnit());
		String opdName = directory.findUnit(opd).map(UnitRef::name).orElse(opd);
		DueStep step = DueStep.of(b.stage(), b.activeUntil(), b.inactiveUntil(), b.finalAction(), today).orElse(null);
		return new DueBerkas(b.getId(), b.berkasNumber(), b.title(), b.classificationCode(), opd, opdName, b.stage(),
				b.closedOn(), b.activeUntil(), b.inactiveUntil(), b.finalAction(), step, held,
				proposal == null ? null : (UUID) proposal[1], proposal == null ? null : (String) proposal[2]);
	}
}
