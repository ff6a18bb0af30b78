package io.dyad.api.query;

public enum SortDirection {

	ASC, DESC

}
