package id.padu.classification.internal;

import id.padu.classification.Classification;
import id.padu.classification.ClassificationScheme;
import id.padu.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The scheme for pickers and other systems: search, one code, the children of a code. */
@RestController
@RequestMapping("/api/v1/classifications")
@Tag(name = "Classification", description = "Records classification scheme (Permendagri 83/2022) of the caller's pemda")
@PreAuthorize(ClassificationPages.STAFF + " or hasAuthority('SCOPE_classification.read')")
class ClassificationApiController {

	static final int SEARCH_LIMIT = 20;

	/** One code as the API shows it. */
	record ClassificationView(String code, String name, String parentCode, boolean active, int level) {

		static ClassificationView of(Classification c) {
			return new ClassificationView(c.code(), c.name(), c.parentCode(), c.active(), c.level());
		}
	}

	private final ClassificationScheme scheme;

	ClassificationApiController(ClassificationScheme scheme) {
		this.scheme = scheme;
	}

	@GetMapping
	@Operation(summary = "With q: active codes whose code starts with, or whose name contains, q (at most 20). "
			+ "Otherwise the children of parent (retired ones included), or the ten main codes without parent")
	List<ClassificationView> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String parent) {
		if (q != null) {
			return scheme.search(q, SEARCH_LIMIT).stream().map(ClassificationView::of).toList();
		}
		if (parent != null && scheme.find(parent).isEmpty()) {
			throw new NotFoundException("classification.code.notFound");
		}
		return scheme.children(parent == null || parent.isBlank() ? null : parent.strip()).stream()
			.map(ClassificationView::of).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One code, active or retired")
	ClassificationView one(@PathVariable String code) {
		return scheme.find(code).map(ClassificationView::of)
			.orElseThrow(() -> new NotFoundException("classification.code.notFound"));
	}
}
