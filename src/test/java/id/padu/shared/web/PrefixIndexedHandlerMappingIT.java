package id.padu.shared.web;

import id.padu.support.PaduIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexed look-up answers every request exactly as Spring's own look-up over all mappings: for a path made
 * from every pattern of every mapping, with every HTTP method, and for paths no mapping has.
 */
@PaduIntegrationTest
class PrefixIndexedHandlerMappingIT {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping indexed;

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void theApplicationUsesTheIndexedLookUp() {
		assertThat(indexed).isInstanceOf(PrefixIndexedHandlerMapping.class);
	}

	@Test
	void everyMappedPathFindsTheHandlerSpringWouldFind() throws Exception {
		RequestMappingHandlerMapping plain = new RequestMappingHandlerMapping();
		plain.setApplicationContext(context);
		plain.setEmbeddedValueResolver(new EmbeddedValueResolver(context.getBeanFactory()));
		plain.setPatternParser(indexed.getPatternParser());
		plain.setContentNegotiationManager(indexed.getContentNegotiationManager());
		plain.afterPropertiesSet();

		List<String> paths = new ArrayList<>(List.of("/", "/tidak-ada", "/api/v1/tidak-ada/1", "/api/v1/residents/",
				"/api/v1/residents/3671%3014101900001", "/api/v1/residents/3671014101900001;x=1",
				"/api/v1/residents/3671014101900001/access-log/extra"));
		for (RequestMappingInfo info : indexed.getHandlerMethods().keySet()) {
			for (PathPattern pattern : Objects.requireNonNull(info.getPathPatternsCondition()).getPatterns()) {
				String path = pattern.getPatternString().replaceAll("\\{\\*[^}]*}", "a/b")
					.replaceAll("\\{[^}]*}", "3671014101900001").replace("**", "a/b").replace("*", "x")
					.replace("?", "y");
				paths.add(path);
				paths.add(path + "/");
			}
		}
		int compared = 0;
		for (String path : paths) {
			for (String method : List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")) {
				assertThat(answer(indexed, method, path)).as(method + " " + path).isEqualTo(answer(plain, method, path));
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(2000);
	}

	/** The handler method and path variables found, or the kind of refusal (404 as null, 405, 415, ...). */
	private static String answer(RequestMappingHandlerMapping mapping, String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.addHeader("Accept", "*/*");
		if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
			request.setContentType("application/json");
		}
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = mapping.getHandler(request);
			if (chain == null) {
				return "none";
			}
			Object handler = chain.getHandler();
			String name = handler instanceof HandlerMethod hm ? hm.getMethod().toString() : handler.getClass().getName();
			return name + " " + request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) + " "
					+ request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		}
		catch (Exception refused) {
			return refused.getClass().getName();
		}
	}
}
