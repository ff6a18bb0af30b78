package io.dyad.api.query;

import java.util.List;

/**
 * @param page the page number, starting at 0
 * @param totalElements the relationships matching the filters on all pages
 */
public record RelationshipPageView(List<RelationshipSummaryView> content, int page, int size, long totalElements,
		int totalPages) {
}
