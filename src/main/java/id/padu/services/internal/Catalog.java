package id.padu.services.internal;

import id.padu.organization.OrganizationDirectory;
import id.padu.organization.UnitRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The current pemda's active services for the public catalog page and API. */
@Component
@Transactional(readOnly = true)
class Catalog {

	private final ServiceDefinitions definitions;
	private final OrganizationDirectory organization;
	private final FeeTexts fees;

	Catalog(ServiceDefinitions definitions, OrganizationDirectory organization, FeeTexts fees) {
		this.definitions = definitions;
		this.organization = organization;
		this.fees = fees;
	}

	List<CatalogEntry> all(Locale locale) {
		return definitions.active().stream().map(s -> entry(s, locale)).toList();
	}

	Optional<CatalogEntry> find(String code, Locale locale) {
		return definitions.active(code).map(s -> entry(s, locale));
	}

	CatalogEntry entry(DeployedService service, Locale locale) {
		ServiceManifest m = service.manifest();
		String opdName = organization.findUnit(m.opd()).map(UnitRef::name).orElse(m.opd());
		return new CatalogEntry(m.code(), m.version(), m.name().in(locale), m.description().in(locale), m.opd(), opdName,
				m.slaWorkingDays(), m.fee().charges() ? m.fee().amountRupiah() : 0, fees.view(m.fee(), locale),
				m.requiredDocuments().stream().map(d -> d.in(locale)).toList(), m.fields());
	}
}
