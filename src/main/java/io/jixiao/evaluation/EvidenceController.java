package io.jixiao.evaluation;

import io.jixiao.organizations.Account;
import io.jixiao.system.AttachedFile;
import io.jixiao.system.ConflictException;
import io.jixiao.system.Downloads;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.MessageException;
import java.io.IOException;
import java.util.Locale;
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

/** A self-evaluation's evidence files on its page: added to a row, removed, downloaded; each action a post-redirect-get. */
@Controller
class EvidenceController {

	private final EvaluationEvidence evidence;
	private final MessageSource messages;

	EvidenceController(EvaluationEvidence evidence, MessageSource messages) {
		this.evidence = evidence;
		this.messages = messages;
	}

	@PostMapping("/evaluations/{id}/evidence")
	String add(@AuthenticationPrincipal Account account, @PathVariable long id, @RequestParam int row,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		try {
			evidence.add(account, id, row, AttachedFile.of(file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes()));
			redirect.addFlashAttribute("flash", "evaluation.evidence.added");
		}
		catch (ConflictException | InvalidInputException e) {
			redirect.addFlashAttribute("flashError", text(e));
		}
		return "redirect:/evaluations/" + id + "#evidence";
	}

	@PostMapping("/evaluations/{id}/evidence/{fileId}/delete")
	String remove(@AuthenticationPrincipal Account account, @PathVariable long id, @PathVariable long fileId,
			RedirectAttributes redirect) {
		try {
			evidence.remove(account, id, fileId);
			redirect.addFlashAttribute("flash", "evaluation.evidence.removed");
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("flashError", text(e));
		}
		return "redirect:/evaluations/" + id + "#evidence";
	}

	@GetMapping("/evaluations/{id}/evidence/{fileId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal Account account, @PathVariable long id,
			@PathVariable long fileId) {
		AttachedFile file = evidence.file(account, id, fileId);
		return Downloads.file(file.name(), MediaType.parseMediaType(file.contentType()), file.content());
	}

	private String text(MessageException e) {
		return messages.getMessage(e.getMessageCode(), e.getArgs(), Locale.SIMPLIFIED_CHINESE);
	}
}
