package io.dyad.query.analytics;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/**
 * Writes analytics tables as RFC 4180 CSV: a header line, then one line per row, CRLF
 * line ends, fields quoted when they hold a comma, a quote or a line break. Numbers are
 * written as JSON writes them.
 */
@Component
class CsvTableConverter extends AbstractHttpMessageConverter<CsvTable> {

	static final String TEXT_CSV = "text/csv";

	CsvTableConverter() {
		super(StandardCharsets.UTF_8, new MediaType("text", "csv"));
	}

	@Override
	protected boolean supports(Class<?> type) {
		return CsvTable.class.isAssignableFrom(type);
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	protected CsvTable readInternal(Class<? extends CsvTable> type, HttpInputMessage input) {
		throw new HttpMessageNotReadableException("analytics tables are written, not read", input);
	}

	@Override
	protected void writeInternal(CsvTable table, HttpOutputMessage output) throws IOException {
		Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
		writeLine(writer, table.csvHeader());
		for (List<Object> row : table.csvRows()) {
			writeLine(writer, row);
		}
		writer.flush();
	}

	static String line(List<?> fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(field(fields.get(i)));
		}
		return line.append("\r\n").toString();
	}

	private static void writeLine(Writer writer, List<?> fields) throws IOException {
		writer.write(line(fields));
	}

	private static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
