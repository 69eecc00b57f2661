package id.padu.registry.internal;

import id.padu.registry.LifeEventRecorded;
import id.padu.registry.LifeEventType;
import id.padu.registry.ResidentRecord;
import id.padu.shared.NotFoundException;
import id.padu.shared.web.Formats;
import id.padu.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Approves a request: every field's stored value must still be the one the requester saw, the new
 * values must still pass every rule, and then all fields change, each gets its history row and the
 * resident one CORRECTION life event, in the caller's transaction. Any refusal rolls all of it back.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CorrectionApplier {

	private final ResidentRepository residents;
	private final CorrectionFieldChangeRepository fieldChanges;
	private final LifeEventRepository events;
	private final CorrectionRules rules;
	private final MessageSource messages;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;

	CorrectionApplier(ResidentRepository residents, CorrectionFieldChangeRepository fieldChanges,
			LifeEventRepository events, CorrectionRules rules, MessageSource messages,
			ApplicationEventPublisher publisher, Clock clock) {
		this.residents = residents;
		this.fieldChanges = fieldChanges;
		this.events = events;
		this.rules = rules;
		this.messages = messages;
		this.publisher = publisher;
		this.clock = clock;
	}

	void approve(ChangeRequest request, String by, String byName) {
		Resident resident = residents.findByNik(request.nik())
			.orElseThrow(() -> new NotFoundException("registry.resident.notFound"));
		ResidentRecord current = resident.toRecord();
		Map<CorrectionField, String> wanted = new LinkedHashMap<>();
		for (ChangeRequestItem item : request.items()) {
			if (!Objects.equals(item.field().currentValue(current), item.oldValue())) {
				throw new ChangeRequestConflict("registry.correction.stale",
						new DefaultMessageSourceResolvable(item.field().labelKey()));
			}
			wanted.put(item.field(), item.newValue());
		}
		CorrectionRules.Checked checked = rules.check(current, wanted);
		if (!checked.ok()) {
			throw new InvalidCorrectionException(checked.problems());
		}
		Instant now = Instant.now(clock);
		request.approve(by, byName, now);
		for (ChangeRequestItem item : request.items()) {
			resident.correct(item.field(), item.newValue());
			fieldChanges.save(new CorrectionFieldChange(request, item, now));
		}
		LocalDate today = LocalDate.now(clock.withZone(Formats.JAKARTA));
		events.save(new LifeEvent(resident.nik(), LifeEventType.CORRECTION, today, details(request), null, null, by, now));
		publisher.publishEvent(new LifeEventRecorded(TenantContext.require(), resident.nik(), LifeEventType.CORRECTION, today));
	}

	/** In Indonesian like every life event, so the history reads the same for everyone. */
	private String details(ChangeRequest request) {
		String fields = request.items().stream()
			.map(i -> messages.getMessage(i.field().labelKey(), null, Purposes.INDONESIAN))
			.collect(Collectors.joining(", "));
		String text = messages.getMessage("registry.correction.event.details", new Object[] { fields, request.getId() },
				Purposes.INDONESIAN);
		return text.length() > 500 ? text.substring(0, 500) : text;
	}
}
