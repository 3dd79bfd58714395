package io.jixiao.publication;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A generated file as an attachment with its Chinese file name. */
final class Downloads {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Downloads() {
	}

	static ResponseEntity<byte[]> xlsx(String name, byte[] content) {
		return attachment(name + ".xlsx", XLSX, content);
	}

	static ResponseEntity<byte[]> pdf(String name, byte[] content) {
		return attachment(name + ".pdf", MediaType.APPLICATION_PDF, content);
	}

	private static ResponseEntity<byte[]> attachment(String filename, MediaType type, byte[] content) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		headers.setContentDisposition(ContentDisposition.attachment()
			.filename(filename.replaceAll("[\\\\/:*?\"<>|\\r\\n]", "_"), StandardCharsets.UTF_8)
			.build());
		return ResponseEntity.ok().headers(headers).body(content);
	}
}
