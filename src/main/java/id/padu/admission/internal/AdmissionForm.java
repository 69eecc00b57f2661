package id.padu.admission.internal;

import java.util.List;

/**
 * The field names the admission bundles use ({@code penerimaan-murid-baru-sd}, {@code -smp}); the form check,
 * the choices and the event handling read the applicant's values by these names.
 */
final class AdmissionForm {

	static final String CHILD = "anak";
	static final String PATH = "jalur";
	static final List<String> CHOICES = List.of("pilihan1", "pilihan2", "pilihan3");
	static final String CARD_NUMBER = "nomorKip";
	static final String TRANSFER_LETTER = "suratTugas";
	static final String CERTIFICATE = "sertifikat";
	static final String SCORE = "nilaiPrestasi";

	/** The sources and the check the bundles name. */
	static final String SCHOOLS = "admission.schools";
	static final String CHILDREN = "admission.children";
	static final String CHECK = "admission.application";

	/** The BPMN receive task where verified applications wait for the results. */
	static final String WAIT_POINT = "announcement";

	private AdmissionForm() {
	}
}
