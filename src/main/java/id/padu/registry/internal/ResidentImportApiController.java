package id.padu.registry.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /api/v1/residents/import}: a SIAK export as {@code text/csv}, read from the request
 * stream as it arrives (a file of millions of rows never sits in memory) and upserted by NIK in
 * committed batches. Bad rows are answered row by row; good rows are kept.
 */
@RestController
@Tag(name = "Registry", description = "Residents and families of the caller's pemda; every read is logged with its purpose")
class ResidentImportApiController {

	static final String FILE_NAME_HEADER = "X-File-Name";

	private final ResidentImportService imports;
	private final MessageSource messages;

	ResidentImportApiController(ResidentImportService imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@PostMapping(path = "/api/v1/residents/import", consumes = "text/csv")
	@PreAuthorize("hasAnyRole('ADMIN','OFFICER') or hasAuthority('SCOPE_registry.import')")
	@Operation(summary = "Import residents from a SIAK CSV export (UTF-8, header nik,no_kk,nama,tempat_lahir,"
			+ "tanggal_lahir,jenis_kelamin,agama,status_perkawinan,pekerjaan,alamat,rt,rw,kode_wilayah,hubungan_keluarga). "
			+ "Upsert by NIK; unchanged rows count neither as imported nor updated; bad rows are listed with row, column "
			+ "and message (first 1,000; errorCount has the total). Optional header X-File-Name names the file in the "
			+ "audit trail. Admins and officers, or a client with scope registry.import. 422 for a wrong header, 415 for another content type or charset, 400 for an empty body")
	Map<String, Object> importCsv(HttpServletRequest request, Authentication caller,
			@RequestHeader(name = FILE_NAME_HEADER, required = false) String fileName) throws IOException {
		// The header as sent: Spring's encoding filter overwrites the request's character encoding.
		requireUtf8(request.getContentType());
		long length = request.getContentLengthLong();
		ResidentImportResult result = imports.importCsv(request.getInputStream(),
				fileName == null || fileName.isBlank() ? "api.csv" : fileName.strip(), length >= 0 ? length : null,
				caller.getName());
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("imported", result.imported());
		answer.put("updated", result.updated());
		answer.put("rejected", result.rejected());
		answer.put("errors", ResidentImportMessages.lines(messages, result.errors(), locale).stream()
			.map(ResidentImportMessages.Line::json).toList());
		answer.put("errorCount", result.errorCount());
		answer.put("rows", result.rows());
		answer.put("importId", result.id());
		return answer;
	}

	/** Answered here because these are this endpoint's own rules, as problem details like every other error. */
	@ExceptionHandler(ResidentImportRejected.class)
	ProblemDetail rejected(ResidentImportRejected e) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(),
				ResidentImportMessages.message(messages, e.messageKey(), e.arguments(), locale));
		problem.setTitle(messages.getMessage("error.title." + e.status().value(), null, e.status().getReasonPhrase(), locale));
		problem.setProperty("code", e.messageKey());
		return problem;
	}

	private static void requireUtf8(String contentType) {
		String charset;
		try {
			charset = MediaType.parseMediaType(contentType).getParameter("charset");
		} catch (InvalidMediaTypeException e) {
			return;
		}
		if (charset == null) {
			return;
		}
		try {
			if (Charset.forName(charset.replace("\"", "")).equals(StandardCharsets.UTF_8)) {
				return;
			}
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			// Refused below like any other charset.
		}
		throw new ResidentImportRejected(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "registry.import.charset", charset);
	}
}
