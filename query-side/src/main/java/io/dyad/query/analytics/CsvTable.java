package io.dyad.query.analytics;

import java.util.List;

/** An analytics answer that can also be written as one CSV table. */
interface CsvTable {

	List<String> csvHeader();

	/**
	 * The rows, each with one value per header column; null is written as an empty field.
	 */
	List<List<Object>> csvRows();

}
