package io.jixiao.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import tools.jackson.databind.exc.InvalidFormatException;

/** Maps failures of the JSON API to the contract's error body; never a stack trace. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiError> notFound() {
		return body(HttpStatus.NOT_FOUND, "not_found", text("error.notFound"));
	}

	@ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
	ResponseEntity<ApiError> forbidden(Exception e) {
		String message = e instanceof MessageException m ? text(m) : text("error.forbidden");
		return body(HttpStatus.FORBIDDEN, "forbidden", message);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ApiError> conflict(ConflictException e) {
		return body(HttpStatus.CONFLICT, "conflict", text(e));
	}

	/** Two at once on one table or task: the loser gets one 409, whichever layer noticed first. */
	@ExceptionHandler({ ConcurrencyFailureException.class, FlowableOptimisticLockingException.class,
			FlowableObjectNotFoundException.class, FlowableTaskAlreadyClaimedException.class })
	ResponseEntity<ApiError> concurrent(Exception e) {
		return body(HttpStatus.CONFLICT, "conflict", text("error.concurrent"));
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ApiError> invalid(InvalidInputException e) {
		return ResponseEntity.unprocessableContent()
			.body(new ApiError("invalid", text(e), e.getDetails()));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
		List<String> details = e.getBindingResult().getAllErrors().stream()
			.map(error -> messages.getMessage(error, Locale.SIMPLIFIED_CHINESE))
			.toList();
		return ResponseEntity.unprocessableContent()
			.body(new ApiError("invalid", text("error.invalid"), details));
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class })
	ResponseEntity<ApiError> unreadable(Exception e) {
		var refused = TextBoundary.refusedField(e);
		if (refused.isPresent()) {
			return invalid(TextBoundary.refusal(refused.get()));
		}
		if (e instanceof MethodArgumentTypeMismatchException mismatch) {
			// as on pages: a path that names nothing (/api/v1/tables/abc) is not found, a query parameter a bad request
			return WebExceptionHandler.isPathVariable(mismatch) ? notFound()
					: body(HttpStatus.BAD_REQUEST, "bad_request", WebExceptionHandler.badParameter(messages, mismatch));
		}
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			// the body reads as JSON but a field's value is not of its kind (a word where an amount belongs)
			if (cause instanceof InvalidFormatException wrong && !wrong.getPath().isEmpty()) {
				String field = TextBoundary.path(wrong);
				return invalid(new InvalidInputException("input.wrongForm",
						new DefaultMessageSourceResolvable(new String[] { "field." + field }, field),
						String.valueOf(wrong.getValue())));
			}
		}
		return body(HttpStatus.BAD_REQUEST, "bad_request", text("error.unreadable"));
	}

	/** A multipart body that cannot be read (cut off, no closing boundary): the sender's mistake. */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ApiError> multipart(MultipartException e, HttpServletRequest request) {
		if (e instanceof ErrorResponse) {
			return unexpected(e, request); // a too large upload keeps its own status
		}
		return body(HttpStatus.BAD_REQUEST, "bad_request", text("error.unreadable"));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
		return body(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", text("error.method"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) {
		var refused = TextBoundary.refusedField(e);
		if (refused.isPresent()) {
			return invalid(TextBoundary.refusal(refused.get()));
		}
		if (e instanceof ErrorResponse standard && standard.getStatusCode().is4xxClientError()) {
			// Spring's own refusal of a malformed request (a required parameter missing, a content type the endpoint
			// does not read, ...): the caller's mistake, answered as such rather than as a failure of the product
			HttpStatus status = HttpStatus.valueOf(standard.getStatusCode().value());
			log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
			return body(status, status.name().toLowerCase(Locale.ROOT), text(WebExceptionHandler.refusal(status)));
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
		return body(HttpStatus.INTERNAL_SERVER_ERROR, "internal", text("error.internal"));
	}

	private ResponseEntity<ApiError> body(HttpStatus status, String code, String message) {
		return ResponseEntity.status(status).body(new ApiError(code, message));
	}

	private String text(MessageException e) {
		return messages.getMessage(e.getMessageCode(), e.getArgs(), Locale.SIMPLIFIED_CHINESE);
	}

	private String text(String code) {
		return messages.getMessage(code, null, Locale.SIMPLIFIED_CHINESE);
	}
}
