package io.jixiao.organizations;

import io.jixiao.system.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/me/deputies: the deputies (委托) a reviewer named (api.md). */
@RestController
@RequestMapping("/api/v1/me/deputies")
class DeputyApiController {

	private final DeputyAdmin deputies;

	DeputyApiController(DeputyAdmin deputies) {
		this.deputies = deputies;
	}

	/** Dates as text, so that a malformed one is a Chinese 422 like a bad range, not a parse error. */
	record DeputyJson(Long id, String deputy, String from, String to) {

		static DeputyJson of(DeputyAdmin.Named named) {
			return new DeputyJson(named.id(), named.deputy(), named.from().toString(), named.to().toString());
		}
	}

	@GetMapping
	List<DeputyJson> list(@AuthenticationPrincipal Account account) {
		return deputies.deputiesOf(account).stream().map(DeputyJson::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	DeputyJson name(@AuthenticationPrincipal Account account, @RequestBody DeputyJson body) {
		return DeputyJson.of(deputies.name(account, body.deputy(), date(body.from()), date(body.to())));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@AuthenticationPrincipal Account account, @PathVariable long id) {
		deputies.remove(account, id);
	}

	/** A day as typed (yyyy-MM-dd), or null when missing; 422 when it is no date. */
	static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("deputy.date", text);
		}
	}
}
