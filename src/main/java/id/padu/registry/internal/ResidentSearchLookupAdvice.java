package id.padu.registry.internal;

import id.padu.shared.KodeWilayah;
import id.padu.tenancy.TenantDirectory;
import id.padu.wilayah.Wilayah;
import id.padu.wilayah.WilayahDirectory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kelurahan of the signed-in officer's pemda, for the name search's filter on the look-up page,
 * whichever of the two controllers renders it. Kemendagri codes do not change while a node runs.
 */
@ControllerAdvice(assignableTypes = { ResidentPagesController.class, ResidentSearchPagesController.class })
class ResidentSearchLookupAdvice {

	private final TenantDirectory tenants;
	private final WilayahDirectory wilayah;
	private final Map<KodeWilayah, List<Wilayah>> kelurahanByCity = new ConcurrentHashMap<>();

	ResidentSearchLookupAdvice(TenantDirectory tenants, WilayahDirectory wilayah) {
		this.tenants = tenants;
		this.wilayah = wilayah;
	}

	@ModelAttribute("kelurahanChoices")
	List<Wilayah> kelurahanChoices() {
		return kelurahanByCity.computeIfAbsent(tenants.current().kodeWilayah(), city -> wilayah.children(city).stream()
			.flatMap(kecamatan -> wilayah.children(kecamatan.kode()).stream())
			.sorted(Comparator.comparing(Wilayah::nama))
			.toList());
	}
}
