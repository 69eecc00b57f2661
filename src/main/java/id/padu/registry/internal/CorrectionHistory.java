package id.padu.registry.internal;

import id.padu.audit.PersonalDataAccessLog;
import id.padu.audit.PersonalDataAccessLog.Channel;
import id.padu.registry.Purpose;
import id.padu.registry.ResidentField;
import id.padu.registry.ResidentRecord;
import id.padu.shared.Nik;
import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The history of every correctable field of a resident. The value at registration (or import) is the
 * old value of the field's first approved change, or today's value when it never changed: corrections
 * are the only way these fields change, except the marital status, which marriages, divorces and deaths
 * also change (those appear in the life events).
 */
@Service
@Transactional
class CorrectionHistory {

	private final ResidentRepository residents;
	private final CorrectionFieldChangeRepository changes;
	private final PersonalDataAccessLog log;
	private final Readers readers;

	CorrectionHistory(ResidentRepository residents, CorrectionFieldChangeRepository changes, PersonalDataAccessLog log,
			Readers readers) {
		this.residents = residents;
		this.changes = changes;
		this.log = log;
		this.readers = readers;
	}

	/** For the resident page, whose own read already logged every field. */
	@Transactional(readOnly = true)
	Optional<ChangeRequestViews.ResidentHistory> history(Nik nik) {
		return residents.findByNik(nik.value()).map(this::historyOf);
	}

	/** The history as a read of its own (API): logged with the fields whose values it shows. */
	ChangeRequestViews.ResidentHistory read(Nik nik, Purpose purpose, Channel channel) {
		Resident resident = residents.findByNik(nik.value())
			.orElseThrow(() -> new NotFoundException("registry.resident.notFound"));
		List<String> fields = java.util.stream.Stream.concat(java.util.stream.Stream.of(ResidentField.NIK),
				Arrays.stream(CorrectionField.values()).map(CorrectionField::residentField))
			.distinct().map(ResidentField::jsonName).toList();
		log.record(nik, readers.current(), purpose.text(), fields, channel);
		return historyOf(resident);
	}

	private ChangeRequestViews.ResidentHistory historyOf(Resident resident) {
		ResidentRecord current = resident.toRecord();
		Map<CorrectionField, List<CorrectionFieldChange>> byField = changes
			.findByNikOrderByChangedAtAsc(current.nik().value()).stream()
			.collect(Collectors.groupingBy(CorrectionFieldChange::field));
		List<ChangeRequestViews.FieldHistory> fields = Arrays.stream(CorrectionField.values()).map(field -> {
			List<CorrectionFieldChange> list = byField.getOrDefault(field, List.of());
			String now = field.currentValue(current);
			String initial = list.isEmpty() ? now : list.get(0).oldValue();
			return new ChangeRequestViews.FieldHistory(field, initial, now,
					list.stream().map(CorrectionFieldChange::toView).toList());
		}).toList();
		return new ChangeRequestViews.ResidentHistory(current.nik().value(), resident.registeredAt(), fields);
	}
}
