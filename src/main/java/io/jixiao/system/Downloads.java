package io.jixiao.system;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A generated or stored file as an attachment with its Chinese file name (characters no file system takes as _). */
public final class Downloads {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Downloads() {
	}

	public static ResponseEntity<byte[]> xlsx(String name, byte[] content) {
		return file(name + ".xlsx", XLSX, content);
	}

	public static ResponseEntity<byte[]> pdf(String name, byte[] content) {
		return file(name + ".pdf", MediaType.APPLICATION_PDF, content);
	}

	public static ResponseEntity<byte[]> file(String filename, MediaType type, byte[] content) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		headers.setContentDisposition(ContentDisposition.attachment()
			.filename(filename.replaceAll("[\\\\/:*?\"<>|\\r\\n]", "_"), StandardCharsets.UTF_8)
			.build());
		return ResponseEntity.ok().headers(headers).body(content);
	}
}
