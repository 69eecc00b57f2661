package id.padu.tenancy;

import id.padu.shared.KodeWilayah;
import id.padu.shared.TenantAwarePrincipal;
import id.padu.shared.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class TenantResolutionFilterTest {

	static final TenantId TANGERANG = TenantId.of("kota-tangerang");
	static final TenantId TANGSEL = TenantId.of("kota-tangerang-selatan");

	private final TenantDirectory directory = mock(TenantDirectory.class);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theSignedInAccountDecidesWhateverHostWasCalled() throws Exception {
		when(directory.findByHost("tangerang.localhost")).thenReturn(Optional.of(info(TANGERANG)));
		TenantAwarePrincipal principal = () -> TANGSEL;
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(principal, null, "ROLE_ADMIN"));
		assertThat(tenantDuring(request("tangerang.localhost"), Optional.empty())).isEqualTo(TANGSEL);
		assertThat(TenantContext.current()).isEmpty();
	}

	@Test
	void anUnknownHostWithoutDefaultGetsAClear404() throws Exception {
		when(directory.findByHost("salah.example")).thenReturn(Optional.empty());
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockHttpServletRequest request = request("salah.example");
		new TenantResolutionFilter(directory, Optional.empty()).doFilter(request, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(request.getAttribute(TenantResolutionFilter.UNKNOWN_TENANT)).isEqualTo("salah.example");
	}

	@Test
	void aConfiguredDefaultThatDoesNotExistIsNotUsed() throws Exception {
		when(directory.findByHost("salah.example")).thenReturn(Optional.empty());
		when(directory.find(TANGERANG)).thenReturn(Optional.empty());
		MockHttpServletResponse response = new MockHttpServletResponse();
		new TenantResolutionFilter(directory, Optional.of(TANGERANG)).doFilter(request("salah.example"), response,
				new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(404);
	}

	private TenantId tenantDuring(MockHttpServletRequest request, Optional<TenantId> fallback) throws Exception {
		AtomicReference<TenantId> seen = new AtomicReference<>();
		new TenantResolutionFilter(directory, fallback).doFilter(request, new MockHttpServletResponse(),
				(req, res) -> seen.set(TenantContext.require()));
		return seen.get();
	}

	private static MockHttpServletRequest request(String host) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setServerName(host);
		return request;
	}

	private static TenantInfo info(TenantId id) {
		return new TenantInfo(id, "Pemerintah " + id, KodeWilayah.of("36.71"), id.value());
	}
}
