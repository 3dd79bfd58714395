package io.jixiao.review;

import io.jixiao.organizations.Account;
import io.jixiao.system.AttachedFile;
import io.jixiao.system.ConflictException;
import io.jixiao.system.Downloads;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.NotFoundException;
import io.jixiao.targets.TableService;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 申请调整 (with its optional attachment) and 撤销调整 on a table's page, each a post-redirect-get back to it. */
@Controller
class AdjustmentController {

	private final AdjustmentCommands commands;
	private final MessageSource messages;
	private final TableService tables;
	private final AdjustmentAttachments attachments;

	AdjustmentController(AdjustmentCommands commands, MessageSource messages, TableService tables,
			AdjustmentAttachments attachments) {
		this.commands = commands;
		this.tables = tables;
		this.attachments = attachments;
		this.messages = messages;
	}

	@PostMapping("/tables/{id}/adjustments")
	String open(@AuthenticationPrincipal Account account, @PathVariable long id,
			@RequestParam(required = false) String reason,
			@RequestParam(required = false) MultipartFile attachment, RedirectAttributes redirect) throws IOException {
		String name = attachment == null || attachment.isEmpty() ? null : attachment.getOriginalFilename();
		byte[] content = name == null ? null : attachment.getBytes();
		return act(id, redirect, "adjustment.opened",
				() -> commands.open(account, id, reason, name == null ? null : AttachedFile.of(name, content)));
	}

	/** The attachment of one of the table's adjustments, for whoever may see the table. */
	@GetMapping("/tables/{id}/adjustments/{number}/attachment")
	ResponseEntity<byte[]> attachment(@AuthenticationPrincipal Account account, @PathVariable long id,
			@PathVariable int number) {
		tables.head(account, id);
		AttachedFile file = attachments.find(id, number)
			.orElseThrow(() -> new NotFoundException("attachment " + id + "/" + number));
		return Downloads.file(file.name(), MediaType.parseMediaType(file.contentType()), file.content());
	}

	@PostMapping("/tables/{id}/adjustments/cancel")
	String cancel(@AuthenticationPrincipal Account account, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "adjustment.cancelled", () -> commands.cancel(account, id));
	}

	private String act(long id, RedirectAttributes redirect, String success, Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("flash", success);
		}
		catch (ConflictException | InvalidInputException e) {
			redirect.addFlashAttribute("flashError",
					messages.getMessage(e.getMessageCode(), e.getArgs(), Locale.SIMPLIFIED_CHINESE));
		}
		return "redirect:/tables/" + id;
	}
}
