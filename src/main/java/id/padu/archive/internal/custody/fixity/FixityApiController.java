package id.padu.archive.internal.custody.fixity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** An on-demand fixity run over the API; answers when every file has been re-read. */
@RestController
@Tag(name = "Archive: custody")
class FixityApiController {

	record Result(long checked, List<FixityCheck.Mismatch> mismatches) {
	}

	private final FixityCheck check;

	FixityApiController(FixityCheck check) {
		this.check = check;
	}

	@PostMapping("/api/v1/archive/fixity-checks")
	@PreAuthorize("hasAnyRole('ARCHIVIST','ADMIN','AUDITOR') or hasAuthority('SCOPE_archive.write')")
	@Operation(summary = "Re-read every stored archive file of the pemda and report changed or missing ones")
	Result run(Authentication caller) {
		FixityCheck.Report report = check.run(FixityTrigger.API, caller.getName());
		return new Result(report.checked(), report.mismatches());
	}
}
