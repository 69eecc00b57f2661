package id.padu.services.internal;

import id.padu.registry.Address;
import id.padu.registry.Registry;
import id.padu.shared.KodeWilayah;
import id.padu.shared.Nik;
import id.padu.shared.NotFoundException;
import id.padu.shared.web.Formats;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code ${registryMove}} step of a bundle: records the move of every chosen family member in the
 * registry, in the transaction of the decision that reached it ({@link MovePolicy}: out of the pemda, a
 * move-out; inside it, a change of address). A refusal by the registry (someone already moved out or died)
 * rolls the whole decision back, signature included, and the officer sees why.
 */
@Component("registryMoveStep")
class RegistryMoveStep implements JavaDelegate {

	private final ApplicationRepository applications;
	private final Registry registry;
	private final TenantDirectory tenants;
	private final Clock clock;

	RegistryMoveStep(ApplicationRepository applications, Registry registry, TenantDirectory tenants, Clock clock) {
		this.applications = applications;
		this.registry = registry;
		this.tenants = tenants;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID id = UUID.fromString((String) execution.getVariable("applicationId"));
		ServiceApplication application = applications.findById(id)
			.orElseThrow(() -> new NotFoundException("services.application.notFound"));
		Map<String, String> values = FormData.read(application.data());
		KodeWilayah destination = KodeWilayah.of(values.get(RegistryMoveFields.KELURAHAN));
		TenantInfo pemda = tenants.current();
		boolean within = MovePolicy.withinArea(destination, pemda.kodeWilayah());
		LocalDate today = LocalDate.now(clock.withZone(Formats.JAKARTA));
		String details = "Surat Keterangan Pindah, permohonan " + application.trackingNumber();
		Address to = new Address(values.get(RegistryMoveFields.STREET), values.get(RegistryMoveFields.RT),
				values.get(RegistryMoveFields.RW), destination);
		for (String nik : values.get(RegistryMoveFields.MEMBERS).split(",")) {
			if (within) {
				registry.recordAddressChange(Nik.of(nik), to, today, details);
			} else {
				registry.recordMoveOut(Nik.of(nik), destination, today, details);
			}
		}
	}
}
