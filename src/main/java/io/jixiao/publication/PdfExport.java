package io.jixiao.publication;

import io.jixiao.system.PlainText;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a print template (well-formed XHTML, stylesheet inlined) to PDF with openhtmltopdf, in a CJK font that
 * PDFBox can subset: TrueType outlines, as a .ttf or inside a .ttc. Debian's Noto CJK files have CFF outlines, which
 * PDFBox can neither subset nor embed from a collection, so the default is WenQuanYi Micro Hei
 * ({@code fonts-wqy-microhei}); {@code app.publication.pdf-font} names another file.
 */
@Component
public class PdfExport {

	static final String FAMILY = "pdf-cjk";
	private static final Logger log = LoggerFactory.getLogger(PdfExport.class);
	private static final List<String> CANDIDATES = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
			"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc",
			"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

	private final ITemplateEngine templates;
	private final Optional<File> font;
	private final String css;

	PdfExport(ITemplateEngine templates, @Value("${app.publication.pdf-font:}") String configured) {
		this.templates = templates;
		this.font = chooseFont(configured);
		this.css = stylesheet();
	}

	/** One official table (a report's, an evaluation's) as a PDF page set, in the layout of the internal print. */
	public byte[] grid(Grid grid) {
		return render("print/pdf", Map.of("grid", grid));
	}

	/** The PDF of a print template under {@code templates/}, with the given variables and the official stylesheet. */
	public byte[] render(String template, Map<String, Object> variables) {
		Context context = new Context(Locale.SIMPLIFIED_CHINESE, variables);
		context.setVariable("css", css);
		context.setVariable("fontFamily", FAMILY);
		// stored text from before the boundary refused control characters must not make the XHTML unreadable
		String xhtml = PlainText.clean(templates.process(template, context));
		try (LoadedFont cjk = font.isPresent() ? load(font.get()) : null;
				PDDocument document = new PDDocument();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			if (cjk != null) {
				PDFontSupplier supplier = new PDFontSupplier(PDType0Font.load(document, cjk.font(), true));
				builder.useFont(supplier, FAMILY, 400, FontStyle.NORMAL, true);
				builder.useFont(supplier, FAMILY, 700, FontStyle.NORMAL, true);
			}
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Whether a CJK font was found: without one Chinese text would come out as blanks. */
	boolean hasFont() {
		return font.isPresent();
	}

	private static Optional<File> chooseFont(String configured) {
		List<String> paths = new ArrayList<>();
		if (configured != null && !configured.isBlank()) {
			paths.add(configured.strip());
		}
		paths.addAll(CANDIDATES);
		for (String path : paths) {
			File file = new File(path);
			if (!file.canRead()) {
				continue;
			}
			try (LoadedFont loaded = load(file)) {
				if (loaded.font() instanceof OpenTypeFont otf && otf.isPostScript()) {
					log.warn("PDF font {} has CFF outlines, which PDFBox cannot subset; skipped", path);
					continue;
				}
				log.info("PDF font: {} ({})", path, loaded.font().getName());
				return Optional.of(file);
			}
			catch (IOException | RuntimeException e) {
				log.warn("PDF font {} could not be read: {}", path, e.getMessage());
			}
		}
		log.error("No CJK font for PDFs (install fonts-wqy-microhei or set app.publication.pdf-font): Chinese "
				+ "text in PDFs will be missing");
		return Optional.empty();
	}

	/** A font and what holds its file open. */
	private record LoadedFont(TrueTypeFont font, Closeable owner) implements Closeable {

		@Override
		public void close() throws IOException {
			owner.close();
		}
	}

	/** The first font of a collection, or the font of a single file; read anew for each document (not thread-safe). */
	private static LoadedFont load(File file) throws IOException {
		if (file.getName().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
			TrueTypeCollection collection = new TrueTypeCollection(file);
			List<TrueTypeFont> fonts = new ArrayList<>();
			collection.processAllFonts(fonts::add);
			if (fonts.isEmpty()) {
				collection.close();
				throw new IOException("empty font collection " + file);
			}
			return new LoadedFont(fonts.get(0), collection);
		}
		TrueTypeFont single = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
		return new LoadedFont(single, single);
	}

	private static String stylesheet() {
		try (InputStream in = new ClassPathResource("static/css/official.css").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
