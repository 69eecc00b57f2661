package id.padu.archive.internal.records;

import id.padu.classification.Classification;
import id.padu.classification.ClassificationScheme;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.UnitRef;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Names for codes on archive pages ({@code @archiveLabels} in templates): OPDs and classification codes. */
@Component("archiveLabels")
class ArchiveLabels {

	private final OrganizationDirectory organization;
	private final ClassificationScheme scheme;

	ArchiveLabels(OrganizationDirectory organization, ClassificationScheme scheme) {
		this.organization = organization;
		this.scheme = scheme;
	}

	public String opd(String code) {
		return code == null ? "" : organization.findUnit(code).map(UnitRef::name).orElse(code);
	}

	public String code(String code) {
		return code == null ? "" : scheme.find(code).map(c -> c.code() + " " + c.name()).orElse(code);
	}

	List<UnitRef> opds() {
		return organization.units().stream().filter(u -> u.kind().isOpd() && u.active()).toList();
	}

	/** Main codes and the level below them: what the picker offers before the user types. */
	List<Classification> pickerOptions() {
		List<Classification> options = new ArrayList<>();
		for (Classification main : scheme.children(null)) {
			options.add(main);
			options.addAll(scheme.children(main.code()));
		}
		return options;
	}
}
