package io.jixiao.imports;

import io.jixiao.checks.TableKind;
import io.jixiao.organizations.Account;
import io.jixiao.system.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/import?dryRun=true|false} of api.md: a {@code text/plain} body (pasted text or a disclosure
 * document) or multipart {@code file} parts (.txt, .xlsx). Without {@code dryRun} the import only previews;
 * {@code year} is taken by tables whose text states no year (rows pasted into a form of that year).
 */
@RestController
@RequestMapping("/api/v1/import")
class ImportApiController {

	/** The largest text body or file: real documents are well below 1 MB. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	private final ImportService service;

	private final ImportDownloads downloads;

	private final ImportMessages messages;

	private final ImportSlots slots;

	ImportApiController(ImportService service, ImportDownloads downloads, ImportSlots slots,
			MessageSource messageSource) {
		this.service = service;
		this.downloads = downloads;
		this.slots = slots;
		this.messages = new ImportMessages(messageSource);
	}

	/** The empty template of one table ({@code kind=PROJECT|UNIT}) for integrations that fill it. */
	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template(@AuthenticationPrincipal Account account,
			@RequestParam(defaultValue = "PROJECT") TableKind kind) {
		return downloads.template(account, kind);
	}

	@PostMapping
	ResponseEntity<ImportResponse> importTables(@AuthenticationPrincipal Account account,
			@RequestParam(defaultValue = "true") boolean dryRun, @RequestParam(required = false) Integer year,
			@RequestParam(name = "file", required = false) List<MultipartFile> files, HttpServletRequest request)
			throws IOException {
		service.authorize(account, dryRun);
		List<Upload> uploads = uploads(request, files);
		ImportService.Result result;
		try (ImportSlots.Slot slot = slots.take(account)) {
			result = slot.work(() -> service.run(account, uploads, dryRun, year, ImportService.Progress.NONE));
		}
		ImportResponse response = ImportResponse.of(result, dryRun, messages);
		if (!dryRun && !result.saved()) {
			return ResponseEntity.unprocessableContent().body(response.refused(messages.text("imports.notSaved")));
		}
		return ResponseEntity.ok(response);
	}

	private static List<Upload> uploads(HttpServletRequest request, List<MultipartFile> files) throws IOException {
		String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
		if (type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
			List<Upload> uploads = new ArrayList<>();
			for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
				if (file.getSize() > MAX_BYTES) {
					throw new TooLarge();
				}
				uploads.add(new Upload(file.getOriginalFilename(), file.getBytes()));
			}
			if (uploads.isEmpty()) {
				throw new io.jixiao.system.InvalidInputException("imports.error.noFile");
			}
			return uploads;
		}
		if (!(type.isEmpty() || type.startsWith(MediaType.TEXT_PLAIN_VALUE))) {
			throw new UnsupportedUpload();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MAX_BYTES + 1);
			if (body.length > MAX_BYTES) {
				throw new TooLarge();
			}
			return List.of(new Upload(null, body));
		}
	}

	@ExceptionHandler({ TooLarge.class, MaxUploadSizeExceededException.class })
	ResponseEntity<ApiError> tooLarge() {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(new ApiError("too_large", messages.text("imports.error.tooLarge", MAX_BYTES / 1024 / 1024)));
	}

	@ExceptionHandler(WorkbookLimits.TooLarge.class)
	ResponseEntity<ApiError> workbookTooLarge(WorkbookLimits.TooLarge e) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(new ApiError("too_large", messages.text(e.getMessageCode(), e.getArgs())));
	}

	@ExceptionHandler(ImportSlots.Busy.class)
	ResponseEntity<ApiError> busy(ImportSlots.Busy e) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.body(new ApiError("too_many_requests", messages.text(e.getMessageCode(), e.getArgs())));
	}

	@ExceptionHandler(UnsupportedUpload.class)
	ResponseEntity<ApiError> unsupported() {
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.body(new ApiError("unsupported_media_type", messages.text("imports.error.mediaType")));
	}

	/** The body is larger than {@link #MAX_BYTES}. */
	static final class TooLarge extends RuntimeException {
	}

	/** Neither text/plain nor multipart/form-data. */
	static final class UnsupportedUpload extends RuntimeException {
	}
}
