package id.padu.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP client for integration tests: keeps cookies, signs in through the real login
 * form (with its CSRF token) and sends requests to the running application.
 */
public final class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String base;
	private final HttpClient http;
	private final String bearer;

	private WebClient(int port) {
		this(port, null);
	}

	private WebClient(int port, String bearer) {
		this.base = "http://localhost:" + port;
		this.bearer = bearer;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public static WebClient anonymous(int port) {
		return new WebClient(port);
	}

	/** An API client that sends {@code Authorization: Bearer <token>} with every request. */
	public static WebClient withBearer(int port, String accessToken) {
		return new WebClient(port, accessToken);
	}

	/** Signs in with a demo account (password {@code padu-demo}). */
	public static WebClient signedIn(int port, String username) {
		WebClient client = new WebClient(port);
		HttpResponse<String> login = client.post("/login", "username=" + username + "&password=padu-demo&_csrf="
				+ URLEncoder.encode(client.csrfToken("/login"), StandardCharsets.UTF_8));
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Sign-in of " + username + " failed: " + login.statusCode() + " " + location);
		}
		return client;
	}

	public boolean isBearer() {
		return bearer != null;
	}

	/** The CSRF token of the form on a page. */
	public String csrfToken(String path) {
		Matcher matcher = CSRF.matcher(get(path).body());
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on " + path);
		}
		return matcher.group(1);
	}

	public HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	/** A GET whose answer is kept as bytes (images, PDFs). */
	public HttpResponse<byte[]> getBytes(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).GET().build();
		if (bearer != null) {
			request = HttpRequest.newBuilder(request, (name, value) -> true).header("Authorization", "Bearer " + bearer).build();
		}
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public HttpResponse<String> post(String path, String formBody) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(formBody)).build());
	}

	public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofString(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	/** A request with a binary body (multipart with a PDF). */
	public HttpResponse<String> send(String method, String path, String contentType, byte[] body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		if (bearer != null) {
			request = HttpRequest.newBuilder(request, (name, value) -> true).header("Authorization", "Bearer " + bearer).build();
		}
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
