package id.padu.services.internal;

import id.padu.registry.PersonRecordSection;
import id.padu.registry.PersonRecordsProvider;
import id.padu.shared.Nik;
import id.padu.shared.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** A resident's applications on the staff page of the resident, newest first, each linking to its file. */
@Component
@Transactional(readOnly = true)
class ApplicationRecords implements PersonRecordsProvider {

	private final ApplicationRepository applications;
	private final ServiceDefinitions definitions;
	private final MessageSource messages;

	ApplicationRecords(ApplicationRepository applications, ServiceDefinitions definitions, MessageSource messages) {
		this.applications = applications;
		this.definitions = definitions;
		this.messages = messages;
	}

	@Override
	public List<PersonRecordSection> recordsFor(Nik nik) {
		List<PersonRecordSection.Item> items = applications.findTop100ByApplicantNikOrderBySubmittedAtDesc(nik.value())
			.stream().map(a -> new PersonRecordSection.Item(
					definitions.version(a.bundleId()).manifest().name().in(LocaleContextHolder.getLocale()) + " · "
							+ a.trackingNumber(),
					a.submittedAt().atZone(Formats.JAKARTA).toLocalDate(),
					messages.getMessage("services.status." + a.status(), null, LocaleContextHolder.getLocale()),
					"/kantor/layanan/permohonan/" + a.getId()))
			.toList();
		return List.of(new PersonRecordSection("services.records.title", items));
	}
}
