package io.dyad.command.relationship;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;

import io.dyad.api.value.MonetaryValue;
import io.dyad.api.value.Organisation;

/**
 * A short digest of a command's content, kept per id so that a retry can be told from a
 * reuse of the id without keeping the content itself. Amounts are compared by value
 * (1200.00 is 1200), everything else by equality.
 */
final class Fingerprint {

	private Fingerprint() {
	}

	static String of(Object... parts) {
		StringBuilder canonical = new StringBuilder();
		for (Object part : parts) {
			append(canonical, part);
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			// 128 bits tell contents apart as well as 256, at half the size in every
			// snapshot.
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}

	/** Length-prefixed, so that no two different contents give the same text. */
	private static void append(StringBuilder out, Object part) {
		if (part == null) {
			out.append('~');
		}
		else if (part instanceof BigDecimal amount) {
			atom(out, amount.stripTrailingZeros().toPlainString());
		}
		else if (part instanceof MonetaryValue money) {
			out.append('$');
			append(out, money.amount());
			append(out, money.currency());
		}
		else if (part instanceof Organisation organisation) {
			out.append('@');
			append(out, organisation.id());
			append(out, organisation.name());
		}
		else if (part instanceof Collection<?> items) {
			out.append('[').append(items.size());
			items.forEach((item) -> append(out, item));
		}
		else if (part instanceof Map<?, ?> map) {
			out.append('{').append(map.size());
			map.entrySet()
				.stream()
				.sorted(Comparator.comparing((entry) -> String.valueOf(entry.getKey())))
				.forEach((entry) -> {
					append(out, entry.getKey());
					append(out, entry.getValue());
				});
		}
		else {
			atom(out, part.toString());
		}
	}

	private static void atom(StringBuilder out, String text) {
		out.append(text.length()).append(':').append(text);
	}

}
