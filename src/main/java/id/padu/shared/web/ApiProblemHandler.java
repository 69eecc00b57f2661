package id.padu.shared.web;

import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Map;

/**
 * RFC 7807 problem details for every error of the REST API, with messages in the caller's language
 * ({@code Accept-Language}, Indonesian by default). Unexpected failures answer 500 with a reference
 * to the log line, never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	private final MessageSource messages;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, message(e.messageKey()));
	}

	@ExceptionHandler(BusinessRuleViolation.class)
	ProblemDetail ruleViolated(BusinessRuleViolation e) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, message(e.messageKey(), e.arguments()));
		problem.setProperty("code", e.messageKey());
		return problem;
	}

	@ExceptionHandler(InvalidIdentifierException.class)
	ProblemDetail invalidIdentifier(InvalidIdentifierException e) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message(e.messageKey(), e.arguments()));
		problem.setProperty("code", e.messageKey());
		return problem;
	}

	/** Method security refusals ({@code @PreAuthorize}) are 403s, not unexpected failures. */
	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, message("error.title.403"));
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e) {
		String reference = Long.toHexString(System.nanoTime());
		log.error("Unexpected API error, reference {}", reference, e);
		ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, message("error.unexpected"));
		problem.setProperty("reference", reference);
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message("error.validation"));
		List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
				.map(this::fieldError).toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		// Spring's own problems (unreadable JSON, wrong method, missing parameter) get a localized title too.
		if (body instanceof ProblemDetail problem && problem.getDetail() != null && status.is4xxClientError()) {
			problem.setDetail(message("error.request." + status.value(), problem.getDetail()));
		}
		return super.createResponseEntity(body, headers, status, request);
	}

	private Map<String, String> fieldError(FieldError error) {
		return Map.of("field", error.getField(), "message",
				messages.getMessage(error, LocaleContextHolder.getLocale()));
	}

	private ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(message("error.title." + status.value(), status.getReasonPhrase()));
		return problem;
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private String message(String key, String fallback) {
		return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
	}
}
