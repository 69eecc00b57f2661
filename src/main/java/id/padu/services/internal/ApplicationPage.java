package id.padu.services.internal;

import id.padu.shared.Nik;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the applicant's and the staff's page of one application show: the service, status, dates, the
 * entered values as text (registry fields read again, logged with the reader's purpose), attachments and
 * the timeline with notes.
 */
@Component
class ApplicationPage {

	/** One line of the values list; {@code file} is true for an attachment the reader can open. */
	record Line(String name, String label, String text, boolean file, boolean fromRegistry) {
	}

	private final ServiceDefinitions definitions;
	private final ApplicantRecords applicants;
	private final FieldDisplay display;
	private final Timeline timeline;

	ApplicationPage(ServiceDefinitions definitions, ApplicantRecords applicants, FieldDisplay display,
			Timeline timeline) {
		this.definitions = definitions;
		this.applicants = applicants;
		this.display = display;
		this.timeline = timeline;
	}

	ApplicantSnapshot fill(Model model, ServiceApplication application, String purpose, Locale locale) {
		DeployedService service = definitions.version(application.bundleId());
		ServiceManifest manifest = service.manifest();
		ApplicantSnapshot applicant = applicants.read(Nik.of(application.applicantNik()), purpose);
		Map<String, String> values = FormData.read(application.data());
		Map<String, String> texts = display.all(manifest, values, applicant, locale);
		List<Line> lines = new ArrayList<>();
		for (FormField field : manifest.fields()) {
			boolean file = field.type() == FieldType.FILE && values.containsKey(field.name());
			if (!field.fromRegistry() && !file && texts.get(field.name()).isBlank()) {
				continue; // an optional field left empty says nothing to the reader
			}
			lines.add(new Line(field.name(), field.label().in(locale), texts.get(field.name()), file, field.fromRegistry()));
		}
		model.addAttribute("app", ApplicationView.of(application, manifest.name().in(locale)));
		model.addAttribute("version", manifest.version());
		model.addAttribute("lines", lines);
		model.addAttribute("timeline", timeline.of(application.getId()).stream().map(EventView::of).toList());
		return applicant;
	}
}
