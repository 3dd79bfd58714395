package io.jixiao.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests no controller takes (an unmapped path, a method the path does not have): the API answers the contract's
 * Chinese JSON, the pages the Chinese error page. The other handlers only see requests a controller took.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnmappedRequests {

	private final MessageSource messages;
	private final JsonMapper json;

	UnmappedRequests(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** The JSON API, private and public: its answers are JSON whatever went wrong. */
	static boolean isApi(HttpServletRequest request) {
		return isApi(request.getRequestURI().substring(request.getContextPath().length()));
	}

	/** Whether a path within the application is the JSON API's. */
	static boolean isApi(String path) {
		return path.startsWith("/api/") || path.startsWith("/public/api/") || path.startsWith("/actuator/");
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
		return answer(HttpStatus.NOT_FOUND, "not_found", "error.notFound", request, response);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView method(HttpRequestMethodNotSupportedException e, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (e.getSupportedHttpMethods() != null && !e.getSupportedHttpMethods().isEmpty()) {
			response.setHeader("Allow", String.join(", ", e.getSupportedHttpMethods().stream().map(Object::toString)
				.toList()));
		}
		return answer(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", "error.method", request, response);
	}

	/** The JSON written here for the API (null: nothing to render), else the error page. */
	private ModelAndView answer(HttpStatus status, String error, String code, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		String message = messages.getMessage(code, null, Locale.SIMPLIFIED_CHINESE);
		response.setStatus(status.value());
		if (isApi(request)) {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			json.writeValue(response.getOutputStream(), new ApiError(error, message));
			return null;
		}
		ModelAndView view = new ModelAndView("error", status);
		view.addObject("status", status.value());
		view.addObject("message", message);
		return view;
	}
}
