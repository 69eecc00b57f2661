package id.padu.services.internal;

import id.padu.documents.DocumentRejectedException;
import id.padu.documents.DocumentStore;
import id.padu.documents.StoredFile;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a service form posted from a page: only the form's own applicant fields (registry fields are never
 * read from a request), family members as a list, uploads stored right away (a file kept from an earlier
 * attempt comes back as a hidden value). A refused upload becomes that field's problem.
 */
final class PageInput {

	private PageInput() {
	}

	static Map<String, Object> read(ServiceManifest manifest, HttpServletRequest request,
			DocumentStore documents, List<FieldProblem> problems) {
		Map<String, Object> input = new LinkedHashMap<>();
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		for (FormField field : manifest.fields()) {
			if (field.fromRegistry()) {
				continue;
			}
			String name = field.name();
			if (field.type() == FieldType.MEMBERS) {
				String[] chosen = request.getParameterValues(name);
				input.put(name, chosen == null ? List.of() : Arrays.asList(chosen));
			} else if (field.type() == FieldType.FILE) {
				MultipartFile file = multipart == null ? null : multipart.getFile(name);
				if (file != null && !file.isEmpty()) {
					try (InputStream content = file.getInputStream()) {
						StoredFile stored = documents.store(content, file.getOriginalFilename());
						input.put(name, stored.sha256());
					} catch (DocumentRejectedException e) {
						problems.add(new FieldProblem(name, e.messageKey(), e.arguments()));
					} catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				} else if (request.getParameter(name) != null) {
					input.put(name, request.getParameter(name));
				}
			} else if (request.getParameter(name) != null) {
				input.put(name, request.getParameter(name));
			}
		}
		return input;
	}

	/** Entered values for showing the form again: lists joined like stored values. */
	static Map<String, String> shown(Map<String, Object> input) {
		Map<String, String> values = new LinkedHashMap<>();
		input.forEach((name, value) -> values.put(name, FormRules.text(value)));
		return values;
	}
}
