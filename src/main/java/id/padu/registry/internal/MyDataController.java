package id.padu.registry.internal;

import id.padu.audit.PersonalDataAccessLog;
import id.padu.audit.PersonalDataAccessLog.Channel;
import id.padu.identity.CitizenAccounts;
import id.padu.identity.PaduUser;
import id.padu.registry.ResidentField;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.EnumSet;

/**
 * A citizen's own registry record and "Siapa yang mengakses data saya". Reading one's own data asks
 * for no purpose but is logged like every read, as "Dilihat oleh pemilik data".
 */
@Controller
class MyDataController {

	private final CitizenAccounts citizens;
	private final RegistryReads reads;
	private final Purposes purposes;
	private final Places places;
	private final PersonalDataAccessLog log;

	MyDataController(CitizenAccounts citizens, RegistryReads reads, Purposes purposes, Places places,
			PersonalDataAccessLog log) {
		this.citizens = citizens;
		this.reads = reads;
		this.purposes = purposes;
		this.places = places;
		this.log = log;
	}

	@GetMapping("/warga/data-saya")
	String myData(@AuthenticationPrincipal PaduUser user, Model model) {
		var nik = citizens.nikOf(user.accountId());
		var fields = EnumSet.copyOf(ResidentField.RECORD);
		fields.add(ResidentField.FAMILY);
		var picture = nik.flatMap(n -> reads.read(n, purposes.owner(), fields, Channel.PAGE));
		if (picture.isEmpty()) {
			return "registry/my-data-missing";
		}
		model.addAttribute("picture", picture.get());
		model.addAttribute("r", picture.get().resident());
		model.addAttribute("place", places.of(picture.get().resident().address()));
		model.addAttribute("accessLog", log.forNik(nik.get()));
		return "registry/my-data";
	}
}
