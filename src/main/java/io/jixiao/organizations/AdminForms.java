package io.jixiao.organizations;

import io.jixiao.system.InvalidInputException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Turns a refusal of {@link OrganizationAdmin} into an error on the form the administrator is looking at, beside
 * the field it concerns, so the page is shown again with what was typed instead of an error page.
 */
@Component
class AdminForms {

	private final MessageSource messages;

	AdminForms(MessageSource messages) {
		this.messages = messages;
	}

	/** Adds the Chinese message of {@code e} to the field named for its code in {@code fieldsByCode}, else globally. */
	void reject(BindingResult binding, InvalidInputException e, Map<String, String> fieldsByCode) {
		String message = messages.getMessage(e.getMessageCode(), e.getArgs(), Locale.SIMPLIFIED_CHINESE);
		String field = fieldsByCode.get(e.getMessageCode());
		if (field == null) {
			binding.reject(e.getMessageCode(), e.getArgs(), message);
		}
		else {
			binding.rejectValue(field, e.getMessageCode(), e.getArgs(), message);
		}
	}
}
