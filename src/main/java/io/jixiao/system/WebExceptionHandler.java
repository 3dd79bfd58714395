package io.jixiao.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/** Shows failures of the pages as a Chinese error page with the right status; never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(WebExceptionHandler.class);
	private final MessageSource messages;
	private final Object[] uploadLimits;

	WebExceptionHandler(MessageSource messages,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") String maxFile,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") String maxRequest) {
		this.messages = messages;
		this.uploadLimits = new Object[] { maxFile, maxRequest };
	}

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	ModelAndView notFound(Exception e, HttpServletResponse response) {
		var refused = TextBoundary.refusedField(e);
		if (refused.isPresent()) {
			return invalid(TextBoundary.refusal(refused.get()), response);
		}
		// a path that names nothing (/tables/abc) is not found; a query parameter of the wrong form is a bad request
		if (e instanceof MethodArgumentTypeMismatchException mismatch && !isPathVariable(mismatch)) {
			ModelAndView view = page(HttpStatus.BAD_REQUEST, "error.badRequest", response);
			view.addObject("message", badParameter(messages, mismatch));
			return view;
		}
		return page(HttpStatus.NOT_FOUND, "error.notFound", response);
	}

	static boolean isPathVariable(MethodArgumentTypeMismatchException e) {
		return e.getParameter().hasParameterAnnotation(PathVariable.class);
	}

	/** 参数「year」的值「abc」格式不对: names what to correct. */
	static String badParameter(MessageSource messages, MethodArgumentTypeMismatchException e) {
		String value = String.valueOf(e.getValue());
		// the value is echoed as typed, cut short: an address may carry kilobytes
		String shown = value.codePointCount(0, value.length()) <= 40 ? value
				: value.substring(0, value.offsetByCodePoints(0, 40)) + "…";
		return messages.getMessage("error.badParameter", new Object[] { e.getName(), shown },
				Locale.SIMPLIFIED_CHINESE);
	}

	@ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
	ModelAndView forbidden(Exception e, HttpServletResponse response) {
		return page(HttpStatus.FORBIDDEN, "error.forbidden", response);
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException e, HttpServletResponse response) {
		ModelAndView view = page(HttpStatus.CONFLICT, e.getMessageCode(), response);
		view.addObject("message", messages.getMessage(e.getMessageCode(), e.getArgs(), Locale.SIMPLIFIED_CHINESE));
		return view;
	}

	@ExceptionHandler({ ConcurrencyFailureException.class, FlowableOptimisticLockingException.class,
			FlowableObjectNotFoundException.class, FlowableTaskAlreadyClaimedException.class })
	ModelAndView concurrent(Exception e, HttpServletResponse response) {
		return page(HttpStatus.CONFLICT, "error.concurrent", response);
	}

	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException e, HttpServletResponse response) {
		ModelAndView view = page(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessageCode(), response);
		view.addObject("message", messages.getMessage(e.getMessageCode(), e.getArgs(), Locale.SIMPLIFIED_CHINESE));
		return view;
	}

	/** A multipart body that cannot be read (cut off, no closing boundary): the sender's mistake. */
	@ExceptionHandler(MultipartException.class)
	ModelAndView multipart(MultipartException e, HttpServletRequest request, HttpServletResponse response) {
		if (e instanceof ErrorResponse) {
			return unexpected(e, request, response); // a too large upload keeps its own status
		}
		return page(HttpStatus.BAD_REQUEST, "error.unreadable", response);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
		var refused = TextBoundary.refusedField(e);
		if (refused.isPresent()) {
			return invalid(TextBoundary.refusal(refused.get()), response);
		}
		if (e instanceof ErrorResponse standard && standard.getStatusCode().is4xxClientError()) {
			// Spring's own refusal of a malformed request (a required parameter missing, ...): the sender's mistake
			log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
			HttpStatus status = HttpStatus.valueOf(standard.getStatusCode().value());
			ModelAndView view = page(status, refusal(status), response);
			if (status == HttpStatus.CONTENT_TOO_LARGE) {
				view.addObject("message", messages.getMessage("error.tooLarge", uploadLimits, Locale.SIMPLIFIED_CHINESE));
			}
			return view;
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal", response);
	}

	/** The message of a request Spring itself refused with this status. */
	static String refusal(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "error.badRequest";
			case NOT_FOUND -> "error.notFound";
			case METHOD_NOT_ALLOWED -> "error.method";
			default -> "error.unreadable";
		};
	}

	private ModelAndView page(HttpStatus status, String code, HttpServletResponse response) {
		response.setStatus(status.value());
		ModelAndView view = new ModelAndView("error");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("message", messages.getMessage(code, null, code, Locale.SIMPLIFIED_CHINESE));
		return view;
	}
}
