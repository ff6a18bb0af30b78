package io.dyad.api.integrity;

import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical form of a JSON text that the event chain hashes: no insignificant
 * whitespace and the members of every object sorted by name. Strings and numbers are kept
 * exactly as written, so the form depends only on the stored text, never on how a reader
 * would decode it. Written with the JDK alone so that this jar can verify an exported
 * history without any JSON library.
 */
final class CanonicalJson {

	private final String text;

	private int position;

	private CanonicalJson(String text) {
		this.text = text;
	}

	/**
	 * @throws IllegalArgumentException when the text is not one JSON value or an object
	 * repeats a member name
	 */
	static String of(String json) {
		CanonicalJson parser = new CanonicalJson(json);
		StringBuilder out = new StringBuilder(json.length());
		parser.value(out);
		parser.skipWhitespace();
		if (parser.position != json.length()) {
			throw parser.invalid("text after the value");
		}
		return out.toString();
	}

	private void value(StringBuilder out) {
		skipWhitespace();
		if (this.position >= this.text.length()) {
			throw invalid("a value is missing");
		}
		char next = this.text.charAt(this.position);
		switch (next) {
			case '{' -> object(out);
			case '[' -> array(out);
			case '"' -> out.append(string());
			case 't' -> literal(out, "true");
			case 'f' -> literal(out, "false");
			case 'n' -> literal(out, "null");
			default -> number(out);
		}
	}

	private void object(StringBuilder out) {
		this.position++;
		Map<String, String> members = new TreeMap<>();
		skipWhitespace();
		if (!consume('}')) {
			do {
				skipWhitespace();
				String name = string();
				skipWhitespace();
				expect(':');
				StringBuilder member = new StringBuilder(name).append(':');
				value(member);
				if (members.put(decode(name), member.toString()) != null) {
					throw invalid("member " + name + " is repeated");
				}
				skipWhitespace();
			}
			while (consume(','));
			expect('}');
		}
		out.append('{').append(String.join(",", members.values())).append('}');
	}

	private void array(StringBuilder out) {
		this.position++;
		out.append('[');
		skipWhitespace();
		if (!consume(']')) {
			do {
				value(out);
				out.append(',');
				skipWhitespace();
			}
			while (consume(','));
			expect(']');
			out.setLength(out.length() - 1);
		}
		out.append(']');
	}

	/** The string token as written, quotes and escapes included. */
	private String string() {
		int start = this.position;
		expect('"');
		while (this.position < this.text.length()) {
			char next = this.text.charAt(this.position++);
			if (next == '\\') {
				this.position++;
			}
			else if (next == '"') {
				return this.text.substring(start, this.position);
			}
		}
		throw invalid("a string is not closed");
	}

	private void number(StringBuilder out) {
		int start = this.position;
		while (this.position < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.position)) >= 0) {
			this.position++;
		}
		if (start == this.position) {
			throw invalid("unexpected character '" + this.text.charAt(start) + "'");
		}
		out.append(this.text, start, this.position);
	}

	private void literal(StringBuilder out, String literal) {
		if (!this.text.startsWith(literal, this.position)) {
			throw invalid("unexpected character '" + this.text.charAt(this.position) + "'");
		}
		this.position += literal.length();
		out.append(literal);
	}

	/** A member name as a reader sees it, so names sort by their characters. */
	private static String decode(String token) {
		StringBuilder name = new StringBuilder(token.length());
		for (int i = 1; i < token.length() - 1; i++) {
			char next = token.charAt(i);
			if (next != '\\') {
				name.append(next);
				continue;
			}
			char escaped = token.charAt(++i);
			switch (escaped) {
				case 'b' -> name.append('\b');
				case 'f' -> name.append('\f');
				case 'n' -> name.append('\n');
				case 'r' -> name.append('\r');
				case 't' -> name.append('\t');
				case 'u' -> {
					name.append((char) Integer.parseInt(token.substring(i + 1, i + 5), 16));
					i += 4;
				}
				default -> name.append(escaped);
			}
		}
		return name.toString();
	}

	private void skipWhitespace() {
		while (this.position < this.text.length() && " \t\r\n".indexOf(this.text.charAt(this.position)) >= 0) {
			this.position++;
		}
	}

	private boolean consume(char expected) {
		if (this.position < this.text.length() && this.text.charAt(this.position) == expected) {
			this.position++;
			return true;
		}
		return false;
	}

	private void expect(char expected) {
		if (!consume(expected)) {
			throw invalid("'" + expected + "' expected");
		}
	}

	private IllegalArgumentException invalid(String reason) {
		return new IllegalArgumentException("Not valid JSON at offset " + this.position + ": " + reason);
	}

}
