package id.padu.organization.internal;

import id.padu.organization.OrganizationDirectory;
import id.padu.organization.UnitKind;
import id.padu.organization.UnitNode;
import id.padu.organization.UnitRef;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The OPD tree, the admin's way into the structure. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OrganizationTreeController {

	private final OrganizationDirectory directory;

	OrganizationTreeController(OrganizationDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/kantor/organisasi")
	String tree(@RequestParam Optional<String> baru, Model model) {
		List<UnitNode> tree = directory.unitTree();
		List<UnitRef> units = directory.units();
		model.addAttribute("tree", tree);
		model.addAttribute("unitCount", units.size());
		model.addAttribute("highlight", baru.orElse(""));
		model.addAttribute("expanded", expanded(units, baru.orElse(null)));
		return "organization/tree";
	}

	/**
	 * Units shown open: everything except kecamatan, whose long kelurahan lists are folded away unless the unit
	 * just added lies inside one.
	 */
	private static Set<String> expanded(List<UnitRef> units, String highlight) {
		Set<String> open = units.stream().filter(u -> u.kind() != UnitKind.KECAMATAN).map(UnitRef::code)
			.collect(Collectors.toCollection(HashSet::new));
		Map<String, UnitRef> byCode = units.stream().collect(Collectors.toMap(UnitRef::code, Function.identity()));
		for (UnitRef u = highlight == null ? null : byCode.get(highlight); u != null;
				u = u.parentCode() == null ? null : byCode.get(u.parentCode())) {
			open.add(u.code());
		}
		return open;
	}
}
