package io.jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A class a maintainer can read in one sitting: one job each, so none grows past 400 lines. */
class ClassSizeTest {

	private static final int MAX_LINES = 400;

	@Test
	void noClassInTheProductIsLongerThan400Lines() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			List<String> tooLong = files.filter(f -> f.toString().endsWith(".java"))
				.filter(f -> lines(f) > MAX_LINES)
				.map(f -> f + " (" + lines(f) + " lines)")
				.toList();
			assertThat(tooLong).isEmpty();
		}
	}

	private static long lines(Path file) {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.count();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
