package io.jixiao.imports;

import io.jixiao.checks.TableKind;
import io.jixiao.organizations.Account;
import io.jixiao.organizations.Role;
import io.jixiao.system.InvalidInputException;
import io.jixiao.system.MessageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages: upload files or paste text, watch the import read, check the preview with its warnings and
 * errors, then save every table as a draft; plus the template and export downloads.
 */
@Controller
@RequestMapping("/imports")
class ImportPageController {

	private final ImportJobs jobs;

	private final ImportDownloads downloads;

	private final ImportMessages messages;

	private final IndicatorLibrary library;

	ImportPageController(ImportJobs jobs, ImportDownloads downloads, IndicatorLibrary library,
			MessageSource messageSource) {
		this.jobs = jobs;
		this.downloads = downloads;
		this.library = library;
		this.messages = new ImportMessages(messageSource);
	}

	@GetMapping
	String index(@AuthenticationPrincipal Account account, Model model) {
		model.addAllAttributes(index(account));
		return "imports/index";
	}

	private Map<String, Object> index(Account account) {
		return Map.of("jobs", jobs.of(account), "mayImport", account.hasRole(Role.LEAD) || account.hasRole(Role.ADMIN),
				"maySave", account.hasRole(Role.LEAD), "maxMegabytes", ImportApiController.MAX_BYTES / 1024 / 1024);
	}

	/** An import refused for its size (413) or because too many run (429): the page again, saying which limit. */
	private ModelAndView refused(Account account, MessageException e) {
		ModelAndView view = new ModelAndView("imports/index", index(account));
		view.addObject("flashError", messages.text(e.getMessageCode(), e.getArgs()));
		view.setStatus(e instanceof ImportSlots.Busy ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.CONTENT_TOO_LARGE);
		return view;
	}

	@PostMapping
	ModelAndView start(@AuthenticationPrincipal Account account,
			@RequestParam(name = "file", required = false) List<MultipartFile> files,
			@RequestParam(required = false) String text) throws IOException {
		List<Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
			if (!file.isEmpty() || !name.isBlank()) {
				if (file.getSize() > ImportApiController.MAX_BYTES) {
					throw new ImportApiController.TooLarge();
				}
				uploads.add(new Upload(name, file.getBytes()));
			}
		}
		if (text != null && !text.isBlank()) {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			// as a text body of the API; and the job keeps it in one row of the database
			if (bytes.length > ImportApiController.MAX_BYTES) {
				throw new ImportApiController.TooLarge();
			}
			uploads.add(new Upload(null, bytes));
		}
		if (uploads.isEmpty()) {
			throw new InvalidInputException("imports.error.nothingChosen");
		}
		try {
			return new ModelAndView("redirect:/imports/jobs/" + jobs.preview(account, uploads).getId());
		}
		catch (WorkbookLimits.TooLarge | ImportSlots.Busy e) {
			return refused(account, e);
		}
	}

	@GetMapping("/jobs/{id}")
	String job(@AuthenticationPrincipal Account account, @PathVariable String id, Model model) {
		ImportJobs.Job job = jobs.get(account, id);
		model.addAttribute("job", job);
		model.addAttribute("maySave", account.hasRole(Role.LEAD));
		ImportResponse response = job.getResponse();
		if (response != null) {
			model.addAttribute("result", response);
			model.addAttribute("warningsByTable", byTable(response.warnings()));
			model.addAttribute("errorsByTable", byTable(response.errors()));
		}
		if (job.getFailure() != null) {
			model.addAttribute("failure", job.getFailure());
		}
		return "imports/job";
	}

	/** The job's progress for the page's script: state and percent. */
	@GetMapping("/jobs/{id}/progress")
	@ResponseBody
	Map<String, Object> progress(@AuthenticationPrincipal Account account, @PathVariable String id) {
		ImportJobs.Job job = jobs.progressOf(account, id);
		return Map.of("state", job.getState().name(), "percent", job.getPercent(), "running",
				job.getState().isRunning());
	}

	@PostMapping("/jobs/{id}/save")
	ModelAndView save(@AuthenticationPrincipal Account account, @PathVariable String id) {
		try {
			jobs.save(account, id);
		}
		catch (ImportSlots.Busy e) {
			return refused(account, e);
		}
		return new ModelAndView("redirect:/imports/jobs/" + id);
	}

	/** Indicators to reuse under a level 2, for the drafting form's name fields. */
	@GetMapping("/library")
	@ResponseBody
	List<IndicatorLibrary.Suggestion> library(@AuthenticationPrincipal Account account,
			@RequestParam(required = false) String level2, @RequestParam(required = false) String q) {
		return library.suggest(account, level2, q);
	}

	/** Last year's approved table of a project: its values by indicator name ({@code found: false} if none). */
	@GetMapping("/last-year")
	@ResponseBody
	Map<String, Object> lastYear(@AuthenticationPrincipal Account account, @RequestParam String projectName,
			@RequestParam int year) {
		IndicatorLibrary.LastYear last = library.lastYear(account, projectName, year);
		if (last == null) {
			return Map.of("found", false, "message", messages.text("imports.library.noLastYear", year - 1));
		}
		return Map.of("found", true, "year", last.year(), "values", last.values(), "message",
				messages.text("imports.library.lastYear", last.year(), last.projectName()));
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template(@AuthenticationPrincipal Account account,
			@RequestParam(defaultValue = "PROJECT") TableKind kind) {
		return downloads.template(account, kind);
	}

	@GetMapping("/template-batch.xlsx")
	ResponseEntity<byte[]> batchTemplate(@AuthenticationPrincipal Account account) {
		return downloads.batchTemplate(account);
	}

	@GetMapping("/tables/{id}.xlsx")
	ResponseEntity<byte[]> table(@AuthenticationPrincipal Account account, @PathVariable long id) {
		return downloads.table(account, id);
	}

	@GetMapping("/tables.xlsx")
	ResponseEntity<byte[]> tablesOfYear(@AuthenticationPrincipal Account account, @RequestParam int year) {
		return downloads.tablesOfYear(account, year);
	}

	@ExceptionHandler({ ImportApiController.TooLarge.class, MaxUploadSizeExceededException.class })
	String tooLarge(RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError",
				messages.text("imports.error.tooLarge", ImportApiController.MAX_BYTES / 1024 / 1024));
		return "redirect:/imports";
	}

	@ExceptionHandler(InvalidInputException.class)
	String invalid(InvalidInputException e, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError", messages.text(e.getMessageCode(), e.getArgs()));
		return "redirect:/imports";
	}

	/** Notes grouped by their table number (0 for the whole source), in order. */
	private static Map<Integer, List<ImportResponse.Note>> byTable(List<ImportResponse.Note> notes) {
		Map<Integer, List<ImportResponse.Note>> grouped = new java.util.TreeMap<>();
		for (ImportResponse.Note note : notes) {
			grouped.computeIfAbsent(note.table() == null ? 0 : note.table(), k -> new ArrayList<>()).add(note);
		}
		return grouped;
	}
}
