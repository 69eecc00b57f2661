package id.padu.services.internal;

import id.padu.documents.DocumentRejectedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Problem details for the services API's own failures, in the caller's language: invalid fields (400, one
 * entry per field), an unusable bundle (422, one entry per problem), a decision that does not fit (400), a
 * task held by someone else (409), a rejected upload (415 or 422). The API controllers extend this, so
 * their handlers come before the application-wide ones.
 */
abstract class ProblemAnswers {

	private final MessageSource messages;

	ProblemAnswers(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidApplicationException.class)
	ProblemDetail invalidApplication(InvalidApplicationException e) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "services.application.invalid");
		problem.setProperty("errors", e.problems().stream().map(p -> Map.of("field", p.field(), "code", p.messageKey(),
				"message", message(p.messageKey(), p.args()))).toList());
		return problem;
	}

	@ExceptionHandler(InvalidBundleException.class)
	ProblemDetail invalidBundle(InvalidBundleException e) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "services.bundle.invalid");
		problem.setProperty("errors", e.problems().stream().map(p -> {
			Map<String, String> error = new LinkedHashMap<>();
			error.put("file", p.file());
			error.put("where", p.where());
			error.put("code", p.messageKey());
			error.put("message", message(p.messageKey(), p.args()));
			return error;
		}).toList());
		return problem;
	}

	@ExceptionHandler(InvalidDecisionException.class)
	ProblemDetail invalidDecision(InvalidDecisionException e) {
		return problem(HttpStatus.BAD_REQUEST, e.messageKey(), e.arguments());
	}

	@ExceptionHandler(TaskConflictException.class)
	ProblemDetail conflict(TaskConflictException e) {
		return problem(HttpStatus.CONFLICT, e.messageKey(), e.arguments());
	}

	/** A file that is not a PDF, JPEG or PNG is an unsupported media type; an empty or large one breaks a rule. */
	@ExceptionHandler(DocumentRejectedException.class)
	ProblemDetail rejectedDocument(DocumentRejectedException e) {
		HttpStatus status = e.messageKey().equals("documents.rejected.type") ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
				: HttpStatus.UNPROCESSABLE_CONTENT;
		return problem(status, e.messageKey(), e.arguments());
	}

	ProblemDetail problem(HttpStatus status, String key, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(key, args));
		problem.setTitle(message("error.title." + status.value()));
		problem.setProperty("code", key);
		return problem;
	}

	String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
