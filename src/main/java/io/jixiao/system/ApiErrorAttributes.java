package io.jixiao.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The body of an API answer that no handler wrote and the servlet container sent to its error page instead: Tomcat
 * answers a multipart body cut off before its announced length with 400 by itself. The contract's Chinese
 * {@code {"error","message"}} replaces Spring Boot's English attributes; the pages keep theirs for the error page.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {

	private final MessageSource messages;

	ApiErrorAttributes(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> standard = super.getErrorAttributes(request, options);
		if (!(standard.get("path") instanceof String path) || !UnmappedRequests.isApi(path)) {
			return standard;
		}
		HttpStatus status = standard.get("status") instanceof Integer code && HttpStatus.resolve(code) != null
				? HttpStatus.resolve(code) : HttpStatus.INTERNAL_SERVER_ERROR;
		boolean refused = status.is4xxClientError();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", refused ? status.name().toLowerCase(Locale.ROOT) : "internal");
		body.put("message", messages.getMessage(refused ? WebExceptionHandler.refusal(status) : "error.internal", null,
				Locale.SIMPLIFIED_CHINESE));
		return body;
	}
}
