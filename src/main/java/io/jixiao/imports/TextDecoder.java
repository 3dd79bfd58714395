package io.jixiao.imports;

import io.jixiao.system.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns uploaded bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or GBK/GB18030 as saved by Chinese
 * Windows tools, which is read and noted. Anything else (binary files, a workbook sent as text) is refused.
 */
final class TextDecoder {

	/** Decoded text and the encoding it was in when that was not UTF-8, for a note. */
	record Decoded(String text, String legacyCharset) {
	}

	private static final Charset GB18030 = Charset.forName("GB18030");

	private TextDecoder() {
	}

	static Decoded decode(byte[] bytes) {
		if (bytes.length == 0 || isBlank(bytes)) {
			throw new InvalidInputException("imports.error.empty");
		}
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8), null);
		}
		if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
			return new Decoded(strict(bytes, 0, StandardCharsets.UTF_16), "UTF-16");
		}
		if (startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0) || startsWith(bytes, '%', 'P', 'D', 'F')) {
			throw new InvalidInputException("imports.error.notText");
		}
		for (byte b : bytes) {
			if (b == 0) {
				throw new InvalidInputException("imports.error.notText");
			}
		}
		String utf8 = strictOrNull(bytes, StandardCharsets.UTF_8);
		if (utf8 != null) {
			return new Decoded(utf8, null);
		}
		String gb = strictOrNull(bytes, GB18030);
		if (gb != null && gb.codePoints().anyMatch(ImportTexts::isHan)) {
			return new Decoded(gb, "GBK");
		}
		throw new InvalidInputException("imports.error.encoding");
	}

	private static boolean isBlank(byte[] bytes) {
		for (byte b : bytes) {
			if (!Character.isWhitespace(b & 0xFF)) {
				return false;
			}
		}
		return true;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String strict(byte[] bytes, int offset, Charset charset) {
		try {
			return decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
		}
		catch (CharacterCodingException e) {
			throw new InvalidInputException("imports.error.encoding");
		}
	}

	private static String strictOrNull(byte[] bytes, Charset charset) {
		try {
			CharBuffer chars = decoder(charset).decode(ByteBuffer.wrap(bytes));
			return chars.toString();
		}
		catch (CharacterCodingException e) {
			return null;
		}
	}

	private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}
}
