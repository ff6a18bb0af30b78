package io.dyad.query.web;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a request's Accept-Encoding allows gzip (RFC 9110, section 12.5.3): gzip, or
 * its old name x-gzip, listed with a weight above 0 (the highest, if listed more than
 * once), or not listed while "*" has one. A weight that is not an RFC 9110 qvalue allows
 * nothing.
 */
final class AcceptEncoding {

	private static final Pattern QVALUE = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

	private AcceptEncoding() {
	}

	static boolean allowsGzip(String header) {
		if (header == null) {
			return false;
		}
		double gzip = -1;
		double anyOther = -1;
		for (String element : header.split(",")) {
			String[] parts = element.split(";");
			String coding = parts[0].trim().toLowerCase(Locale.ROOT);
			if (coding.equals("gzip") || coding.equals("x-gzip")) {
				gzip = Math.max(gzip, weight(parts));
			}
			else if (coding.equals("*")) {
				anyOther = Math.max(anyOther, weight(parts));
			}
		}
		return ((gzip >= 0) ? gzip : anyOther) > 0;
	}

	private static double weight(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String[] parameter = parts[i].split("=", 2);
			if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("q")) {
				String qvalue = parameter[1].trim();
				return QVALUE.matcher(qvalue).matches() ? Double.parseDouble(qvalue) : 0;
			}
		}
		return 1;
	}

}
