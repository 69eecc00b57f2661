package id.padu.services.internal;

import id.padu.identity.PaduUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.List;

/** "Paket layanan" (ADMIN): the versions of every service, and the upload of a new service or version. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class BundleAdminPages {

	/** One problem of a refused upload, as the page lists it. */
	record ProblemLine(String file, String where, String message) {
	}

	/** One deployed version, as the page lists it. */
	record VersionLine(String code, int version, String name, String opd, String origin, String deployedBy,
			java.time.Instant deployedAt, boolean active) {
	}

	private final ServiceDefinitions definitions;
	private final BundleDeployer deployer;
	private final MessageSource messages;

	BundleAdminPages(ServiceDefinitions definitions, BundleDeployer deployer, MessageSource messages) {
		this.definitions = definitions;
		this.deployer = deployer;
		this.messages = messages;
	}

	@GetMapping("/kantor/layanan/paket")
	String list(Model model) {
		model.addAttribute("versions", versions());
		return "services/bundles";
	}

	@PostMapping("/kantor/layanan/paket")
	String upload(@RequestParam(name = "bundle", required = false) MultipartFile bundle,
			@AuthenticationPrincipal PaduUser user, Model model, RedirectAttributes redirect) throws IOException {
		try {
			byte[] zip = bundle == null ? new byte[0] : bundle.getBytes();
			BundleRecord record = deployer.deploy(BundleArchive.unzip(zip), BundleRecord.Origin.UPLOAD, user.getUsername());
			redirect.addFlashAttribute("servicesMessage", "services.bundles.deployed");
			redirect.addFlashAttribute("servicesDeployed", record.code() + " v" + record.bundleVersion());
			return "redirect:/kantor/layanan/paket";
		} catch (InvalidBundleException e) {
			List<ProblemLine> problems = e.problems().stream().map(p -> new ProblemLine(p.file(), p.where(),
					messages.getMessage(p.messageKey(), p.args(), p.messageKey(), LocaleContextHolder.getLocale()))).toList();
			model.addAttribute("problems", problems);
			model.addAttribute("versions", versions());
			return "services/bundles";
		}
	}

	private List<VersionLine> versions() {
		List<BundleRecord> all = definitions.versions();
		return all.stream().map(b -> new VersionLine(b.code(), b.bundleVersion(), b.name(), b.opdCode(), b.origin().name(),
				b.deployedBy(), b.deployedAt(), all.stream().filter(o -> o.code().equals(b.code()))
					.mapToInt(BundleRecord::bundleVersion).max().orElse(0) == b.bundleVersion())).toList();
	}
}
