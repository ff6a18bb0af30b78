package io.dyad.query.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyad.query.web.InvalidQueryParameterException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A relationship's raw history from the event store: in pages as JSON, or whole as JSON
 * Lines ({@code Accept: application/x-ndjson}), streamed so any size fits.
 */
@RestController
@RequestMapping("/api/v1/relationships/{relationshipId}/events")
class EventsController {

	static final String NDJSON = "application/x-ndjson";

	private static final int MAX_LIMIT = 1000;

	private final EventHistory history;

	private final ObjectMapper json;

	EventsController(EventHistory history, ObjectMapper json) {
		this.history = history;
		this.json = json;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	EventPage page(@PathVariable String relationshipId, @RequestParam(defaultValue = "0") long fromSequence,
			@RequestParam(defaultValue = "100") int limit) {
		checkFromSequence(fromSequence);
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidQueryParameterException("limit", "limit must be between 1 and " + MAX_LIMIT);
		}
		long lastSequence = this.history.lastSequence(relationshipId);
		List<EventView> events;
		try (Stream<StoredEvent> stored = this.history.from(relationshipId, fromSequence)) {
			events = stored.limit(limit).map(EventView::of).toList();
		}
		Long next = events.isEmpty() ? null : events.get(events.size() - 1).sequenceNumber() + 1;
		return new EventPage(relationshipId, fromSequence, limit, events,
				(next != null && next <= lastSequence) ? next : null);
	}

	/**
	 * One event per line, from {@code fromSequence} to the end or {@code limit} events.
	 */
	@GetMapping(produces = NDJSON)
	ResponseEntity<StreamingResponseBody> export(@PathVariable String relationshipId,
			@RequestParam(defaultValue = "0") long fromSequence, @RequestParam(required = false) Integer limit) {
		checkFromSequence(fromSequence);
		if (limit != null && limit < 1) {
			throw new InvalidQueryParameterException("limit",
					"limit must be at least 1, or absent for the whole history");
		}
		this.history.lastSequence(relationshipId);
		StreamingResponseBody body = (out) -> {
			try (Stream<StoredEvent> stored = this.history.from(relationshipId, fromSequence)) {
				write((limit != null) ? stored.limit(limit) : stored, out);
			}
		};
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON)).body(body);
	}

	private void write(Stream<StoredEvent> events, OutputStream out) throws IOException {
		Iterator<StoredEvent> iterator = events.iterator();
		while (iterator.hasNext()) {
			out.write(this.json.writeValueAsBytes(EventView.of(iterator.next())));
			out.write('\n');
		}
		out.flush();
	}

	private static void checkFromSequence(long fromSequence) {
		if (fromSequence < 0) {
			throw new InvalidQueryParameterException("fromSequence", "fromSequence must be 0 or more");
		}
	}

}
