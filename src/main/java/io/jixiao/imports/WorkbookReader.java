package io.jixiao.imports;

import io.jixiao.system.InvalidInputException;
import org.springframework.stereotype.Component;

/** Reads tables from Excel workbooks. */
@Component
class WorkbookReader {

	DisclosureParser.Result read(Upload upload) {
		throw new InvalidInputException("imports.error.fileType", upload.name());
	}
}
