package id.padu.tenancy;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows which pemda it speaks for: the layout shows its name. */
@ControllerAdvice(annotations = Controller.class)
class CurrentTenantAdvice {

	private final TenantDirectory directory;

	CurrentTenantAdvice(TenantDirectory directory) {
		this.directory = directory;
	}

	@ModelAttribute("currentTenant")
	TenantInfo currentTenant() {
		return TenantContext.current().flatMap(directory::find).orElse(null);
	}
}
