package id.padu.registry.internal;

import id.padu.shared.InvalidIdentifierException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A NIK or Nomor KK in the address of a life-event page that breaks its rules: the calm 400 page naming
 * the failing part (form inputs report theirs next to the input instead).
 */
@ControllerAdvice(assignableTypes = { ResidentEventPagesController.class, CoupleEventPagesController.class,
		FamilyEventPagesController.class })
class LifeEventPageAdvice {

	@ExceptionHandler(InvalidIdentifierException.class)
	String invalidIdentifier(InvalidIdentifierException e, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("messageKey", e.messageKey());
		model.addAttribute("messageArgs", e.arguments());
		return "error/400";
	}
}
