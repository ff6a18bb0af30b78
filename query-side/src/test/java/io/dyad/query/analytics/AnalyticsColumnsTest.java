package io.dyad.query.analytics;

import java.time.Instant;
import java.time.YearMonth;
import java.util.BitSet;
import java.util.List;

import io.dyad.api.value.RelationalType;
import io.dyad.api.value.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyticsColumnsTest {

	private static final AnalyticsRow EU_ACME = AnalyticsRow.opened("r-0", 0, "acme", "globex-eu", List.of("key"),
			Rows.OPENED_AT, Stage.AWARENESS, RelationalType.PROSPECTING, 0.3, 1.0);

	private static final AnalyticsRow US_ACME = AnalyticsRow.opened("r-1", 0, "acme", "globex-us", List.of(),
			Rows.OPENED_AT, Stage.AWARENESS, RelationalType.PROSPECTING, 0.3, 1.0);

	private static final AnalyticsRow EU_UMBRELLA = AnalyticsRow.opened("r-2", 0, "umbrella", "globex-eu-2",
			List.of("key", "new"), Rows.OPENED_AT, Stage.AWARENESS, RelationalType.PROSPECTING, 0.3, 1.0);

	private static final AnalyticsRow INITECH = AnalyticsRow.opened("r-3", 0, "umbrella", "initech", List.of("new"),
			Rows.OPENED_AT, Stage.AWARENESS, RelationalType.PROSPECTING, 0.3, 1.0);

	@ParameterizedTest(name = "supplier {0}, client prefix {1}, tag {2}: slots {3}")
	@CsvSource(delimiter = '|', nullValues = "-",
			value = { "acme | - | - | 0 1", "- | globex-eu | - | 0 2", "- | globex | key | 0 2",
					"umbrella | - | new | 2 3", "acme | globex-eu | key | 0", "nobody | - | - | ",
					"- | globex-eu-2 | - | 2", "- | - | old | ", "- | i | - | 3" })
	void selectsTheSegmentOfEveryFilterTogether(String supplierId, String clientIdPrefix, String tag, String slots) {
		AnalyticsColumns columns = AnalyticsColumns.of(List.of(EU_ACME, US_ACME, EU_UMBRELLA, INITECH));

		BitSet segment = columns.segment(new AnalyticsFilter(supplierId, clientIdPrefix, tag, null, null));

		assertThat(segment.stream().boxed().toList()).containsExactlyElementsOf((slots == null) ? List.of()
				: List.of(slots.trim().split(" +")).stream().map(Integer::valueOf).toList());
	}

	@Test
	void selectsEverySlotWithoutASegment() {
		AnalyticsColumns columns = AnalyticsColumns.of(List.of(EU_ACME, US_ACME));

		assertThat(columns.segment(AnalyticsFilter.NONE)).isNull();
		assertThat(columns.first(null)).isZero();
		assertThat(columns.next(null, 0)).isEqualTo(1);
		assertThat(columns.next(null, 1)).isEqualTo(-1);
		assertThat(new AnalyticsColumns().first(null)).isEqualTo(-1);
	}

	@Test
	void puttingARowAgainChangesNoFigure() {
		AnalyticsRow raised = EU_ACME.raisedRisk(1, List.of("conflict-burst"), Rows.day(3))
			.clearedRisk(2)
			.raisedRisk(3, List.of("trust-below-floor"), Rows.day(40));
		AnalyticsColumns columns = AnalyticsColumns.of(List.of(EU_ACME, raised));
		RiskRaises before = RiskRaises.of(columns, AnalyticsFilter.NONE);

		columns.put(raised);

		assertThat(columns.size).isEqualTo(1);
		assertThat(columns.raises).isEqualTo(2);
		assertThat(RiskRaises.of(columns, AnalyticsFilter.NONE)).isEqualTo(before);
		assertThat(AtRisk.of(columns, AnalyticsFilter.NONE).byRule()).containsEntry("trust-below-floor", 1L)
			.containsEntry("conflict-burst", 0L);
	}

	@ParameterizedTest(name = "{0} is in {1}")
	@CsvSource({ "2025-01-31T23:59:59.999999999Z, 2025-01", "2025-02-01T00:00:00Z, 2025-02",
			"2024-02-29T12:00:00Z, 2024-02", "1969-12-31T23:59:59Z, 1969-12", "1970-01-01T00:00:00Z, 1970-01" })
	void numbersCalendarMonthsInUtc(Instant instant, YearMonth month) {
		int number = AnalyticsColumns.month(AnalyticsColumns.nanos(instant));

		assertThat(AnalyticsColumns.yearMonth(number)).isEqualTo(month);
	}

}
