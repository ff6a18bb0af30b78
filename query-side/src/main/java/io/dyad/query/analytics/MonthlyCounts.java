package io.dyad.query.analytics;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * Counters per calendar month, in an array that spans the months seen, so that counting
 * an occurrence is an index instead of a map lookup.
 */
final class MonthlyCounts {

	private final int width;

	private int first;

	private long[][] months = new long[0][];

	/**
	 * @param width the counters kept for each month
	 */
	MonthlyCounts(int width) {
		this.width = width;
	}

	/** The counters of a month, as {@link AnalyticsColumns#month(long)} numbers it. */
	long[] month(int month) {
		if (this.months.length == 0) {
			this.first = month;
		}
		if (month < this.first) {
			long[][] wider = new long[this.months.length + this.first - month][];
			System.arraycopy(this.months, 0, wider, this.first - month, this.months.length);
			this.months = wider;
			this.first = month;
		}
		else if (month - this.first >= this.months.length) {
			this.months = Arrays.copyOf(this.months, month - this.first + 1);
		}
		long[] counters = this.months[month - this.first];
		if (counters == null) {
			counters = new long[this.width];
			this.months[month - this.first] = counters;
		}
		return counters;
	}

	/** The months that counted something, oldest first. */
	void forEach(BiConsumer<YearMonth, long[]> action) {
		for (int i = 0; i < this.months.length; i++) {
			if (this.months[i] != null) {
				action.accept(AnalyticsColumns.yearMonth(this.first + i), this.months[i]);
			}
		}
	}

}
