package io.jixiao.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

/** The four published documents of src/test/resources/imports/seeds and the bundle to read notes with. */
final class Seeds {

	static final String S001 = "001_94d8ff0978c54476.txt";
	static final String S002 = "002_e66e49748b60097d.txt";
	static final String S003 = "003_864d9f9dd3281adf.txt";
	static final String S004 = "004_3e02999b92bff40e.txt";

	private Seeds() {
	}

	static String text(String name) {
		try (InputStream in = new ClassPathResource("imports/seeds/" + name).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static ImportMessages messages() {
		return new ImportMessages(bundle());
	}

	/** The product's bundles the import uses (its own and the drafting form's choices). */
	static ResourceBundleMessageSource bundle() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/imports", "i18n/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
