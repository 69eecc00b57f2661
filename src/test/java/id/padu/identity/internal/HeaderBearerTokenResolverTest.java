package id.padu.identity.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The resolver answers every header exactly as Spring Security's default resolver: the same token or the same refusal. */
class HeaderBearerTokenResolverTest {

	@ParameterizedTest
	@ValueSource(strings = { "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.c2lnbmF0dXJl", "bearer abc", "BEARER abc==",
			"Bearer a-b.c_d~e+f/g", "Bearer abc=", "Bearer abc=d", "Bearer ", "Bearer  abc", "Bearer abc ", "Bearer a$b",
			"Bearer", "Bearerabc", "Basic ZGVtbzpzZWNyZXQ=", "", "Bearer ===", "Bearer abc\u00e9" })
	void answersAsTheDefaultResolver(String header) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/residents/1");
		request.addHeader("Authorization", header);
		Object expected = answer(() -> new DefaultBearerTokenResolver().resolve(request));
		Object actual = answer(() -> new HeaderBearerTokenResolver().resolve(request));
		assertThat(actual).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "access_token=abc" })
	void aTokenInTheQueryStaysRefusedOrIgnoredAsBefore(String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/residents/1");
		request.setQueryString(query);
		request.addParameter("access_token", "abc");
		assertThat(answer(() -> new HeaderBearerTokenResolver().resolve(request)))
			.isEqualTo(answer(() -> new DefaultBearerTokenResolver().resolve(request)));
	}

	private static Object answer(java.util.function.Supplier<String> resolve) {
		Throwable refused = catchThrowable(resolve::get);
		return refused != null ? refused.getClass().getName() + ": " + refused.getMessage() : String.valueOf(resolve.get());
	}
}
