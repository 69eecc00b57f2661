package id.padu.services.internal;

import id.padu.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The public service catalog (no sign-in): what each service needs, how long it takes, what it costs. */
@RestController
@RequestMapping("/api/v1/services")
@Tag(name = "Service catalog", description = "Active public services of the pemda (public, no sign-in)")
class CatalogApiController {

	private final Catalog catalog;

	CatalogApiController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	@Operation(summary = "Every active service: [{code, name, opd, opdName, slaDays, fee, feeRule, requiredDocuments}]; "
			+ "fee in Rupiah (0 = free; the unit amount of a per-unit fee; null when assessed per application), "
			+ "feeRule {type: none|fixed|perUnit|assessed, amount, unit, unitField, minimum, description}, slaDays in "
			+ "working days")
	List<Map<String, Object>> list() {
		Locale locale = LocaleContextHolder.getLocale();
		return catalog.all(locale).stream().map(CatalogApiController::summary).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One service with its form: fields [{name, type, required, source, label}]; source is "
			+ "'registry' for values Padu fills in from the registry, 'applicant' for what the applicant enters")
	Map<String, Object> one(@PathVariable String code) {
		Locale locale = LocaleContextHolder.getLocale();
		CatalogEntry entry = catalog.find(code, locale).orElseThrow(() -> new NotFoundException("services.service.notFound"));
		Map<String, Object> json = summary(entry);
		json.put("version", entry.version());
		json.put("description", entry.description());
		json.put("fields", entry.fields().stream().map(f -> field(f, locale)).toList());
		return json;
	}

	static Map<String, Object> summary(CatalogEntry entry) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", entry.code());
		json.put("name", entry.name());
		json.put("opd", entry.opd());
		json.put("opdName", entry.opdName());
		json.put("slaDays", entry.slaDays());
		json.put("fee", entry.fee().assessed() ? null : entry.feeRupiah());
		json.put("feeRule", feeRule(entry.fee()));
		json.put("requiredDocuments", entry.requiredDocuments());
		return json;
	}

	private static Map<String, Object> feeRule(FeeView fee) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", fee.type());
		if (!fee.free() && !fee.assessed()) {
			json.put("amount", fee.amountRupiah());
		}
		if (fee.unit() != null) {
			json.put("unit", fee.unit());
			json.put("unitField", fee.unitField());
			json.put("minimum", fee.minimumRupiah());
		}
		json.put("description", fee.text());
		return json;
	}

	private static Map<String, Object> field(FormField field, Locale locale) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", field.name());
		json.put("type", field.type().yamlName());
		json.put("required", field.required() || field.fromRegistry());
		json.put("source", field.source());
		json.put("label", field.label().in(locale));
		if (field.attribute() != null) {
			json.put("attribute", field.attribute().yamlName());
		}
		if (field.optionsFrom() != null) {
			json.put("optionsFrom", field.optionsFrom());
		}
		if (!field.options().isEmpty()) {
			json.put("options", field.options().stream()
				.map(o -> Map.of("value", o.value(), "label", o.label().in(locale))).toList());
		}
		return json;
	}
}
