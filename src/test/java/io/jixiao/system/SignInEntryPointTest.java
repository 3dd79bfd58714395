package io.jixiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an API client hears when its HTTP Basic credentials are refused, or could not be checked at all, and where the
 * sign-in form sends a person back to.
 */
class SignInEntryPointTest {

	private final AuthenticationEntryPoint entryPoint = SecurityConfig.unauthorized(messages(), JsonMapper.builder().build());

	@Test
	void wrongCredentialsAre401WithTheBasicChallenge() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		entryPoint.commence(new MockHttpServletRequest("GET", "/api/v1/tables"), response,
				new BadCredentialsException("bad"));
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"jixiao\"");
		assertThat(response.getContentAsString()).contains("\"unauthorized\"").contains("请先登录");
	}

	@Test
	void credentialsThatCouldNotBeCheckedAre503WithoutAChallenge() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		entryPoint.commence(new MockHttpServletRequest("PUT", "/api/v1/tables/1"), response,
				new InternalAuthenticationServiceException("Connection is not available, request timed out"));
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("WWW-Authenticate")).isNull();
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentAsString()).contains("\"unavailable\"").contains("系统暂时无法处理您的请求")
			.doesNotContain("Connection");
	}

	@Test
	void theSignInFormSaysWhetherThePasswordWasWrongOrTheAccountCouldNotBeChecked() throws Exception {
		assertThat(failedSignIn(new BadCredentialsException("bad"))).isEqualTo("/login?error");
		assertThat(failedSignIn(new LockedException("locked"))).isEqualTo("/login?locked");
		assertThat(failedSignIn(new InternalAuthenticationServiceException("pool timed out")))
			.isEqualTo("/login?unavailable");
	}

	private static String failedSignIn(AuthenticationException exception) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		SecurityConfig.signInFailure().onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"), response,
				exception);
		return response.getRedirectedUrl();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		return messages;
	}
}
