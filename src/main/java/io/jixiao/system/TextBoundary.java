package io.jixiao.system;

import java.beans.PropertyEditorSupport;
import java.util.Optional;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text a request brings (form fields, request parameters, JSON strings) is refused at the boundary when it
 * holds control characters or unpaired surrogates ({@link PlainText#isClean}): stored, they would break the PDF and
 * xlsx exports. The handlers answer 422 naming the field.
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice
class TextBoundary {

	/** Form fields and request parameters: a form shows a field error, a parameter gets the 422 page or JSON. */
	@InitBinder
	void plainTextOnly(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				if (!PlainText.isClean(text)) {
					throw new UncleanText();
				}
				setValue(text);
			}
		});
	}

	/** JSON strings of every request body. */
	@Bean
	JacksonModule plainTextStrings() {
		SimpleModule module = new SimpleModule("plain-text");
		module.addDeserializer(String.class, new StringDeserializer() {
			@Override
			public String deserialize(JsonParser parser, DeserializationContext context) {
				String text = super.deserialize(parser, context);
				if (!PlainText.isClean(text)) {
					throw new UncleanText();
				}
				return text;
			}
		});
		return module;
	}

	/**
	 * The field whose text was refused, when this failure is such a refusal: a form field, a request parameter or
	 * a JSON path like {@code indicators[0].name}.
	 */
	static Optional<String> refusedField(Throwable failure) {
		if (failure instanceof MethodArgumentTypeMismatchException mismatch && mismatch.getCause() instanceof UncleanText) {
			return Optional.of(mismatch.getName());
		}
		if (failure instanceof BindException binding) {
			return binding.getFieldErrors().stream()
				.filter(error -> error.isBindingFailure() && error.unwrap(TypeMismatchException.class)
					.getMostSpecificCause() instanceof UncleanText)
				.map(FieldError::getField)
				.findFirst();
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException json && json.getCause() instanceof UncleanText) {
				return Optional.of(path(json));
			}
		}
		return Optional.empty();
	}

	/** The refusal of a field's text as the handlers show it: the field's label (or its name) in the message. */
	static InvalidInputException refusal(String field) {
		return new InvalidInputException("input.controlCharacters",
				new DefaultMessageSourceResolvable(new String[] { "field." + field }, field));
	}

	static String path(JacksonException json) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : json.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** Text with a control character or an unpaired surrogate, found while binding a request. */
	static final class UncleanText extends IllegalArgumentException {
		UncleanText() {
			super("control character or unpaired surrogate");
		}
	}
}
