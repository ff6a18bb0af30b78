package io.dyad.query.analytics;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableConverterTest {

	@Test
	void writesFieldsPlainUnlessTheyNeedQuotes() {
		assertThat(CsvTableConverter.line(Arrays.asList("AWARENESS", 12L, 0.1, null, "a,b", "say \"hi\"", "x\ny")))
			.isEqualTo("AWARENESS,12,0.1,,\"a,b\",\"say \"\"hi\"\"\",\"x\ny\"\r\n");
	}

	@Test
	void writesEveryTableWithOneFieldPerHeaderColumn() {
		List<CsvTable> tables = List
			.of(StageCounts.of(AnalyticsColumns.of(List.of(Rows.opened("r-1"))), AnalyticsFilter.NONE, null),
					StageFunnel.of(AnalyticsColumns.of(List.of(Rows.through(Rows.opened("r-1"), 3))),
							AnalyticsFilter.NONE),
					TimeInStage.of(AnalyticsColumns.of(List.of()), AnalyticsFilter.NONE),
					TrustByStage.of(AnalyticsColumns.of(List.of(Rows.opened("r-1"))), AnalyticsFilter.NONE),
					AtRisk.of(AnalyticsColumns.of(List.of()), AnalyticsFilter.NONE));

		assertThat(tables).allSatisfy((table) -> assertThat(table.csvRows()).isNotEmpty()
			.allSatisfy((row) -> assertThat(row).hasSameSizeAs(table.csvHeader())));
	}

}
