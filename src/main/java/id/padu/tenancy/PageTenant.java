package id.padu.tenancy;

import org.springframework.stereotype.Component;

/**
 * Which pemda a page speaks for: the layout shows its name with {@code ${@pageTenant.current()}}.
 * <p>
 * Templates ask for it instead of a {@code @ModelAttribute} advice because an advice for every
 * {@code @Controller} also runs for every API call (a {@code @RestController} is one), and choosing and
 * invoking it was about a tenth of a NIK look-up's request CPU (JFR). Error pages get the name too.
 */
@Component("pageTenant")
public class PageTenant {

	private final TenantDirectory directory;

	PageTenant(TenantDirectory directory) {
		this.directory = directory;
	}

	/** The current request's pemda, or null outside a pemda (the platform's own pages). */
	public TenantInfo current() {
		return TenantContext.current().flatMap(directory::find).orElse(null);
	}
}
