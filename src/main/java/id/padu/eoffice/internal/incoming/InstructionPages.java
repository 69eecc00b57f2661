package id.padu.eoffice.internal.incoming;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The pemda's list of disposition instructions, for admins and the secretariat: add one, or switch one off (kept,
 * since old dispositions name it; never deleted).
 */
@Controller
@RequestMapping("/kantor/surat-masuk/instruksi")
@PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
class InstructionPages {

	record NewInstruction(@NotBlank(message = "{disposition.instruction.labelRequired}")
			@Size(max = 100, message = "{disposition.letter.tooLong}") String label) {
	}

	private final DispositionInstructionRepository instructions;

	InstructionPages(DispositionInstructionRepository instructions) {
		this.instructions = instructions;
	}

	@GetMapping
	String list(Model model) {
		return page(new NewInstruction(""), model);
	}

	@PostMapping
	@Transactional
	String add(@Valid @ModelAttribute("instruction") NewInstruction instruction, BindingResult errors, Model model) {
		String code = slug(instruction.label() == null ? "" : instruction.label());
		if (!errors.hasErrors() && (code.isEmpty() || instructions.existsByCode(code))) {
			errors.rejectValue("label", "disposition.instruction.duplicate");
		}
		if (errors.hasErrors()) {
			return page(instruction, model);
		}
		List<DispositionInstruction> all = instructions.findAllByOrderBySortOrder();
		int order = all.isEmpty() ? 10 : all.get(all.size() - 1).sortOrder() + 10;
		instructions.save(new DispositionInstruction(code, instruction.label().strip(), order));
		return "redirect:/kantor/surat-masuk/instruksi";
	}

	@PostMapping("/{id}/aktif")
	@Transactional
	String toggle(@PathVariable UUID id) {
		instructions.findById(id).ifPresent(DispositionInstruction::toggle);
		return "redirect:/kantor/surat-masuk/instruksi";
	}

	private String page(NewInstruction instruction, Model model) {
		model.addAttribute("instruction", instruction);
		model.addAttribute("instructions", instructions.findAllByOrderBySortOrder());
		return "eoffice/incoming/instructions";
	}

	/** "Hadiri/wakili" → {@code hadiri-wakili}: the code the API takes. */
	static String slug(String label) {
		String plain = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}
}
