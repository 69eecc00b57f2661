package id.padu.identity.internal;

import id.padu.identity.PaduUser;
import id.padu.identity.Role;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Staff pages for the pemda IT admin: list accounts, create staff, change roles, disable, unlock. */
@Controller
@RequestMapping("/kantor/akun")
class AccountAdminController {

	private final AccountAdmin admin;
	private final StaffAccountFormValidator validator;

	AccountAdminController(AccountAdmin admin, StaffAccountFormValidator validator) {
		this.admin = admin;
		this.validator = validator;
	}

	@InitBinder("staffAccountForm")
	void validation(WebDataBinder binder) {
		binder.addValidators(validator);
	}

	@ModelAttribute("staffRoles")
	List<Role> staffRoles() {
		return EnumSet.complementOf(EnumSet.of(Role.CITIZEN)).stream().toList();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", admin.list());
		return "identity/accounts";
	}

	@GetMapping("/baru")
	String newForm(Model model) {
		model.addAttribute("staffAccountForm", new StaffAccountForm());
		return "identity/account-new";
	}

	@PostMapping("/baru")
	String create(@Valid @ModelAttribute("staffAccountForm") StaffAccountForm form, BindingResult result, RedirectAttributes flash) {
		if (result.hasErrors()) {
			return "identity/account-new";
		}
		UUID id = admin.createStaff(form);
		flash.addFlashAttribute("saved", form.sendLink() ? "account.created.link" : "account.created");
		return "redirect:/kantor/akun/" + id;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("account", admin.get(id));
		return "identity/account";
	}

	@PostMapping("/{id}/peran")
	String roles(@PathVariable UUID id, @RequestParam(name = "roles", required = false) Set<Role> roles,
			@AuthenticationPrincipal PaduUser user, RedirectAttributes flash) {
		admin.changeRoles(id, roles == null ? Set.of() : roles, user);
		flash.addFlashAttribute("saved", "account.roles.saved");
		return "redirect:/kantor/akun/" + id;
	}

	@PostMapping("/{id}/status")
	String status(@PathVariable UUID id, @RequestParam boolean enabled, @AuthenticationPrincipal PaduUser user,
			RedirectAttributes flash) {
		admin.setEnabled(id, enabled, user);
		flash.addFlashAttribute("saved", enabled ? "account.enabled" : "account.disabled");
		return "redirect:/kantor/akun/" + id;
	}

	@PostMapping("/{id}/buka-kunci")
	String unlock(@PathVariable UUID id, RedirectAttributes flash) {
		admin.unlock(id);
		flash.addFlashAttribute("saved", "account.unlocked");
		return "redirect:/kantor/akun/" + id;
	}
}
