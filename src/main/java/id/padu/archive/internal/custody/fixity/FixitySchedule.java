package id.padu.archive.internal.custody.fixity;

import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The weekly fixity run, pemda by pemda; one pemda's failure does not stop the others' checks. */
@Component
class FixitySchedule {

	private static final Logger log = LoggerFactory.getLogger(FixitySchedule.class);

	private final TenantDirectory tenants;
	private final FixityCheck check;

	FixitySchedule(TenantDirectory tenants, FixityCheck check) {
		this.tenants = tenants;
		this.check = check;
	}

	@Scheduled(cron = "${padu.archive.fixity.cron:0 0 1 * * SUN}", zone = "Asia/Jakarta")
	void run() {
		for (TenantInfo tenant : tenants.all()) {
			try {
				FixityCheck.Report report = TenantContext.callAs(tenant.id(),
						() -> check.run(FixityTrigger.SCHEDULED, "system"));
				if (!report.mismatches().isEmpty()) {
					log.warn("Fixity of {}: {} of {} files changed or missing", tenant.id(),
							report.mismatches().size(), report.checked());
				}
			} catch (RuntimeException e) {
				log.error("Fixity run of {} broke off", tenant.id(), e);
			}
		}
	}
}
