package id.padu.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Problem details for API requests that never reach a controller: an unknown path (404), a wrong
 * method (405), a content type no endpoint takes (415). {@link ApiProblemHandler} only sees errors
 * of {@code @RestController}s, so without this these answered with Spring Boot's plain error JSON.
 * Page requests are passed on unchanged to the error pages.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiRoutingProblemHandler {

	private final MessageSource messages;

	ApiRoutingProblemHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class,
			HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
			HttpMediaTypeNotAcceptableException.class })
	ResponseEntity<ProblemDetail> routingProblem(Exception e, HttpServletRequest request) throws Exception {
		if (!request.getRequestURI().startsWith("/api/")) {
			throw e; // a page: the error pages answer
		}
		ErrorResponse error = (ErrorResponse) e;
		int status = error.getStatusCode().value();
		ProblemDetail problem = error.getBody();
		problem.setTitle(message("error.title." + status, problem.getTitle()));
		problem.setDetail(message("error.request." + status, problem.getDetail()));
		return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).body(problem);
	}

	private String message(String key, String fallback) {
		return messages.getMessage(key, new Object[] { fallback }, fallback, LocaleContextHolder.getLocale());
	}
}
