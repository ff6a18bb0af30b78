package io.dyad.query.web;

import java.util.Locale;

/**
 * Whether a request's Accept-Encoding allows gzip (RFC 9110, section 12.5.3): gzip, or
 * its old name x-gzip, listed with a quality above 0, or not listed while "*" has one. A
 * quality that is not a number allows nothing.
 */
final class AcceptEncoding {

	private AcceptEncoding() {
	}

	static boolean allowsGzip(String header) {
		if (header == null) {
			return false;
		}
		Double gzip = null;
		Double anyOther = null;
		for (String element : header.split(",")) {
			String[] parts = element.split(";");
			String coding = parts[0].trim().toLowerCase(Locale.ROOT);
			if (coding.equals("gzip") || coding.equals("x-gzip")) {
				gzip = quality(parts);
			}
			else if (coding.equals("*")) {
				anyOther = quality(parts);
			}
		}
		Double allowed = (gzip != null) ? gzip : anyOther;
		return allowed != null && allowed > 0;
	}

	private static double quality(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].trim();
			if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
				try {
					return Double.parseDouble(parameter.substring(2).trim());
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

}
