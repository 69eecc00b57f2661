package id.padu.shared.web;

import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Domain exceptions thrown by page controllers become calm error pages in the user's language.
 * Anything else falls through to the error templates ({@code templates/error/*.html}).
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandler {

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException e, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("messageKey", e.messageKey());
		return "error/404";
	}

	@ExceptionHandler(BusinessRuleViolation.class)
	String ruleViolated(BusinessRuleViolation e, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("messageKey", e.messageKey());
		model.addAttribute("messageArgs", e.arguments());
		return "error/422";
	}
}
