package id.padu.support;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one tenant holds, read straight from the database: the ids of its rows, the NIPs, codes and
 * usernames only it has, and a snapshot of every tenant-owned row. The isolation test uses these as
 * the values to try and the markers to look for. Table and column names come from the database's
 * own catalogue, never from input, which is why they may be joined into SQL text here.
 */
public final class TenantFixture {

	private static final Pattern UUID_TOKEN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	private static final Pattern LONG_NUMBER = Pattern.compile("(?<!\\d)\\d{16,18}(?!\\d)");
	/** Billing codes (payments) have 14 digits. */
	private static final Pattern BILLING_CODE = Pattern.compile("(?<!\\d)\\d{14}(?!\\d)");
	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

	private final JdbcClient jdbc;
	private final String tenant;
	private final String home;
	private final Map<String, List<String>> tableColumns;
	private final Map<String, List<String>> candidates = new LinkedHashMap<>();
	private final Set<String> ids = new HashSet<>();
	private final Set<String> numbers = new HashSet<>();
	private final Set<String> usernames = new HashSet<>();

	private TenantFixture(JdbcClient jdbc, String tenant, String home) {
		this.jdbc = jdbc;
		this.tenant = tenant;
		this.home = home;
		this.tableColumns = tenantTables(jdbc);
	}

	public static TenantFixture of(JdbcClient jdbc, String tenant, String home) {
		TenantFixture fixture = new TenantFixture(jdbc, tenant, home);
		fixture.load();
		return fixture;
	}

	private void load() {
		List<String> oneIdPerTable = new ArrayList<>();
		for (var table : tableColumns.entrySet()) {
			if (table.getValue().contains("id") && !table.getKey().startsWith("audit_")) {
				List<String> rowIds = jdbc.sql("select cast(id as varchar(40)) from " + table.getKey() + " where tenant_id = ?")
					.param(tenant).query(String.class).list();
				ids.addAll(rowIds);
				rowIds.stream().findFirst().ifPresent(oneIdPerTable::add);
			}
		}
		candidates.put("id", oneIdPerTable);
		// E-office incoming letters: a disposition or attachment of the other tenant is just one of its row ids.
		candidates.put("dispositionId", oneIdPerTable);
		candidates.put("attachmentId", oneIdPerTable);
		// Archive: a legal hold, a scan batch item or a record of the other tenant is one of its row ids too.
		candidates.put("holdId", oneIdPerTable);
		candidates.put("itemId", oneIdPerTable);
		candidates.put("recordId", oneIdPerTable);
		List<String> files = onlyHere("stored_file", "sha256", 2);
		// A pemda that stored no file yet: a well-formed hash that exists nowhere still exercises the downloads.
		candidates.put("sha256", files.isEmpty() ? new ArrayList<>(List.of("0".repeat(64))) : files);
		candidates.put("unitCode", onlyHere("org_unit", "code", 2));
		// A page number of a scan: the item id beside it is what belongs to the other tenant.
		candidates.put("page", new ArrayList<>(List.of("1")));
		candidates.put("code", onlyHere("org_unit", "code", 2));
		candidates.get("code").addAll(onlyHere("org_position", "code", 2));
		candidates.put("nip", onlyHere("org_staff", "nip", 2));
		numbers.addAll(onlyHere("org_staff", "nip", Integer.MAX_VALUE));
		if (tableColumns.containsKey("resident")) {
			candidates.put("nik", onlyHere("resident", "nik", 2));
			candidates.put("nomorKk", onlyHere("family", "nomor_kk", 2));
			candidates.put("kk", candidates.get("nomorKk"));
			numbers.addAll(onlyHere("resident", "nik", Integer.MAX_VALUE));
			numbers.addAll(onlyHere("family", "nomor_kk", Integer.MAX_VALUE));
		}
		if (tableColumns.containsKey("admission_school")) {
			candidates.put("npsn", onlyHere("admission_school", "npsn", 2));
		}
		if (tableColumns.containsKey("service_application")) {
			List<String> tracking = onlyHere("service_application", "tracking_number", 2);
			// A tenant with no application yet: a well-formed number that exists nowhere still exercises the pages.
			candidates.put("trackingNumber", tracking.isEmpty() ? new ArrayList<>(List.of("ZZZZ-ZZZZ-ZZZZ")) : tracking);
		}
		if (tableColumns.containsKey("bill")) {
			candidates.put("billingCode", onlyHere("bill", "billing_code", 2));
			numbers.addAll(onlyHere("bill", "billing_code", Integer.MAX_VALUE));
		}
		if (tableColumns.containsKey("pbb_object")) {
			List<String> nops = onlyHere("pbb_object", "nop", 2);
			// A pemda without a PBB-P2 roll: a well-formed NOP of its own area still exercises the API.
			candidates.put("nop", nops.isEmpty() ? new ArrayList<>(List.of("367401000100100010")) : nops);
			candidates.put("year", new ArrayList<>(List.of("2026")));
			numbers.addAll(onlyHere("pbb_object", "nop", Integer.MAX_VALUE));
		}
		usernames.addAll(onlyHere("account", "username", Integer.MAX_VALUE));
		candidates.put("username", new ArrayList<>(usernames));
	}

	/** Values of a column that this tenant has and the home tenant has not. */
	private List<String> onlyHere(String table, String column, int limit) {
		return new ArrayList<>(jdbc.sql("select " + column + " from " + table + " where tenant_id = ? and " + column
				+ " is not null and " + column + " not in (select " + column + " from " + table
				+ " where tenant_id = ? and " + column + " is not null) order by " + column)
			.params(tenant, home).query(String.class).list().stream().limit(limit).toList());
	}

	/** The concrete paths to try for a mapping pattern, filled with this tenant's values. */
	public List<String> pathsFor(String pattern, Set<String> uncovered) {
		// Wildcards are static resources and springdoc; /error only renders what other requests failed with.
		if (pattern.contains("*") || pattern.equals("/error")) {
			return List.of();
		}
		List<String> variables = new ArrayList<>();
		Matcher matcher = PATH_VARIABLE.matcher(pattern);
		while (matcher.find()) {
			variables.add(matcher.group(1));
		}
		if (variables.isEmpty()) {
			return List.of(pattern);
		}
		int count = Integer.MAX_VALUE;
		for (String variable : variables) {
			List<String> values = candidates.get(variable);
			if (values == null || values.isEmpty()) {
				uncovered.add(variable + " in " + pattern);
				return List.of();
			}
			count = Math.min(count, values.size());
		}
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Map<String, String> values = new LinkedHashMap<>();
			for (String variable : variables) {
				values.put(variable, candidates.get(variable).get(i));
			}
			paths.add(fill(pattern, values));
		}
		return paths;
	}

	private static String fill(String pattern, Map<String, String> values) {
		Matcher matcher = PATH_VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(path, Matcher.quoteReplacement(values.get(matcher.group(1))));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	/** Filters every list and search accepts, aimed at this tenant's records. */
	public String searchParameters() {
		return form(references());
	}

	public String formBody() {
		Map<String, String> fields = references();
		fields.put("name", "Uji isolasi");
		fields.put("kind", "BIDANG");
		fields.put("roles", "OFFICER");
		fields.put("enabled", "false");
		return form(fields);
	}

	public String jsonBody() {
		StringBuilder json = new StringBuilder("{");
		references().forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k)
			.append("\":\"").append(v).append('"'));
		return json.append(",\"name\":\"Uji isolasi\",\"kind\":\"BIDANG\"}").toString();
	}

	private Map<String, String> references() {
		Map<String, String> fields = new LinkedHashMap<>();
		String anId = first("id");
		String aCode = first("code");
		fields.put("q", aCode);
		fields.put("unit", aCode);
		fields.put("parentCode", aCode);
		fields.put("parentId", anId);
		fields.put("unitId", anId);
		fields.put("positionId", anId);
		fields.put("staffId", anId);
		fields.put("entityId", anId);
		fields.put("nip", first("nip"));
		fields.put("staffNip", first("nip"));
		fields.put("actor", first("username"));
		fields.put("tenant", tenant);
		if (candidates.containsKey("nik")) {
			fields.put("nik", first("nik"));
		}
		if (candidates.containsKey("billingCode")) {
			fields.put("billingCode", first("billingCode"));
			fields.put("kode", first("billingCode"));
			fields.put("amount", "35000");
		}
		return fields;
	}

	private String first(String variable) {
		List<String> values = candidates.getOrDefault(variable, List.of());
		return values.isEmpty() ? "" : values.get(0);
	}

	private static String form(Map<String, String> fields) {
		StringBuilder form = new StringBuilder();
		fields.forEach((k, v) -> form.append(form.isEmpty() ? "" : "&").append(k).append('=')
			.append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return form.toString();
	}

	/** A value of this tenant found in an answer, other than the ones the request itself sent; or null. */
	public String markerIn(String body, String path) {
		if (body == null) {
			return null;
		}
		String sent = path + searchParameters() + formBody();
		for (Pattern token : List.of(UUID_TOKEN, LONG_NUMBER, BILLING_CODE)) {
			Matcher matcher = token.matcher(body);
			while (matcher.find()) {
				String value = matcher.group();
				if ((ids.contains(value) || numbers.contains(value)) && !sent.contains(value)) {
					return value;
				}
			}
		}
		return usernames.stream().filter(u -> body.contains(u) && !sent.contains(u)).findFirst().orElse(null);
	}

	/** Every tenant-owned row of this tenant, as text, in a stable order. */
	public String snapshot() {
		StringBuilder all = new StringBuilder();
		tableColumns.forEach((table, columns) -> jdbc.sql("select * from " + table + " where tenant_id = ? order by "
				+ String.join(", ", columns.subList(0, Math.min(3, columns.size()))))
			.param(tenant)
			.query(rs -> {
				all.append(table).append(':');
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					all.append(rs.getString(i)).append('|');
				}
				all.append('\n');
			}));
		return all.toString();
	}

	/** Uuid columns of home-tenant rows whose value is the id of a row of this tenant. */
	public List<String> rowsOfHomePointingAtOther() {
		List<String> found = new ArrayList<>();
		Map<String, List<String>> uuidColumns = uuidColumns(jdbc);
		for (var table : uuidColumns.entrySet()) {
			for (String column : table.getValue()) {
				for (var target : tableColumns.entrySet()) {
					if (!target.getValue().contains("id") || column.equals("id")) {
						continue;
					}
					long count = jdbc.sql("select count(*) from " + table.getKey() + " where tenant_id = ? and " + column
							+ " in (select id from " + target.getKey() + " where tenant_id = ?)")
						.params(home, tenant).query(Long.class).single();
					if (count > 0) {
						found.add(table.getKey() + "." + column + " -> " + target.getKey() + " (" + count + ")");
					}
				}
			}
		}
		return found;
	}

	private static Map<String, List<String>> tenantTables(JdbcClient jdbc) {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		jdbc.sql("""
				select c.table_name, c.column_name from information_schema.columns c
				where lower(c.table_schema) = 'public' and c.table_name in (
				  select table_name from information_schema.columns where lower(table_schema) = 'public' and column_name = 'tenant_id')
				order by c.table_name, c.ordinal_position""")
			.query(rs -> {
				tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
			});
		tables.remove("tenant_host");
		return tables;
	}

	private static Map<String, List<String>> uuidColumns(JdbcClient jdbc) {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		Map<String, List<String>> tenantTables = tenantTables(jdbc);
		jdbc.sql("""
				select table_name, column_name from information_schema.columns
				where lower(table_schema) = 'public' and lower(data_type) = 'uuid' order by table_name, column_name""")
			.query(rs -> {
				if (tenantTables.containsKey(rs.getString(1))) {
					tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
				}
			});
		return tables;
	}

	/** An access token for an API client, with every read scope it has. */
	public static String bearerToken(int port, String clientId, String secret) {
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		String scopes = "registry.read registry.basic registry.full organization.read services.read audit.read archive.read"
				+ " registry.write registry.import";
		try {
			HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
						+ URLEncoder.encode(scopes, StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
			Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
			if (!token.find()) {
				throw new IllegalStateException("No token for " + clientId + ": " + response.body());
			}
			return token.group(1);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
