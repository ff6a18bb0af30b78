package io.dyad.query.analytics;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import io.dyad.query.web.InvalidQueryParameterException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portfolio analytics over HTTP, as JSON or, with {@code Accept: text/csv}, as one
 * CSV table each. A parameter a table does not take is refused rather than ignored, so
 * that no answer looks filtered when it is not.
 */
@RestController
@RequestMapping(path = "/api/v1/analytics", produces = { MediaType.APPLICATION_JSON_VALUE, CsvTableConverter.TEXT_CSV })
class AnalyticsController {

	private static final Set<String> SEGMENT = Set.of("supplierId", "clientIdPrefix", "tag");

	private static final Set<String> SEGMENT_AND_WINDOW = Set.of("supplierId", "clientIdPrefix", "tag", "from", "to");

	private final AnalyticsProjection analytics;

	AnalyticsController(AnalyticsProjection analytics) {
		this.analytics = analytics;
	}

	@GetMapping("/stages")
	StageCounts stages(@RequestParam(required = false) Instant asOf, @RequestParam(required = false) String supplierId,
			@RequestParam(required = false) String clientIdPrefix, @RequestParam(required = false) String tag,
			HttpServletRequest request) {
		accept(request, Set.of("supplierId", "clientIdPrefix", "tag", "asOf"));
		return this.analytics.stageCounts(filter(supplierId, clientIdPrefix, tag, null, null), asOf);
	}

	/** The window selects the cohort: the relationships opened within it. */
	@GetMapping("/funnel")
	StageFunnel funnel(@RequestParam(required = false) String supplierId,
			@RequestParam(required = false) String clientIdPrefix, @RequestParam(required = false) String tag,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			HttpServletRequest request) {
		accept(request, SEGMENT_AND_WINDOW);
		return this.analytics.funnel(filter(supplierId, clientIdPrefix, tag, from, to));
	}

	/** The window selects the stage periods that ended within it. */
	@GetMapping("/time-in-stage")
	TimeInStage timeInStage(@RequestParam(required = false) String supplierId,
			@RequestParam(required = false) String clientIdPrefix, @RequestParam(required = false) String tag,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			HttpServletRequest request) {
		accept(request, SEGMENT_AND_WINDOW);
		return this.analytics.timeInStage(filter(supplierId, clientIdPrefix, tag, from, to));
	}

	@GetMapping("/trust")
	TrustByStage trust(@RequestParam(required = false) String supplierId,
			@RequestParam(required = false) String clientIdPrefix, @RequestParam(required = false) String tag,
			HttpServletRequest request) {
		accept(request, SEGMENT);
		return this.analytics.trustByStage(filter(supplierId, clientIdPrefix, tag, null, null));
	}

	/** The window selects the dissolutions that occurred within it. */
	@GetMapping("/dissolutions")
	Dissolutions dissolutions(@RequestParam(required = false) String supplierId,
			@RequestParam(required = false) String clientIdPrefix, @RequestParam(required = false) String tag,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			HttpServletRequest request) {
		accept(request, SEGMENT_AND_WINDOW);
		return this.analytics.dissolutions(filter(supplierId, clientIdPrefix, tag, from, to));
	}

	@GetMapping("/at-risk")
	AtRisk atRisk(@RequestParam(required = false) String supplierId,
			@RequestParam(required = false) String clientIdPrefix, @RequestParam(required = false) String tag,
			HttpServletRequest request) {
		accept(request, SEGMENT);
		return this.analytics.atRisk(filter(supplierId, clientIdPrefix, tag, null, null));
	}

	/** The window selects the raises within it. */
	@GetMapping("/at-risk/raises")
	RiskRaises riskRaises(@RequestParam(required = false) String supplierId,
			@RequestParam(required = false) String clientIdPrefix, @RequestParam(required = false) String tag,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			HttpServletRequest request) {
		accept(request, SEGMENT_AND_WINDOW);
		return this.analytics.riskRaises(filter(supplierId, clientIdPrefix, tag, from, to));
	}

	/** The window selects each relationship's latest assessment made within it. */
	@GetMapping("/assessments")
	AssessmentSummary assessments(@RequestParam(required = false) String supplierId,
			@RequestParam(required = false) String clientIdPrefix, @RequestParam(required = false) String tag,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			HttpServletRequest request) {
		accept(request, SEGMENT_AND_WINDOW);
		return this.analytics.assessments(filter(supplierId, clientIdPrefix, tag, from, to));
	}

	private static void accept(HttpServletRequest request, Set<String> accepted) {
		for (String parameter : request.getParameterMap().keySet()) {
			if (!accepted.contains(parameter)) {
				throw new InvalidQueryParameterException(parameter,
						parameter + " is not a filter of this table, which takes " + new TreeSet<>(accepted));
			}
		}
	}

	private static AnalyticsFilter filter(String supplierId, String clientIdPrefix, String tag, Instant from,
			Instant to) {
		notBlank("supplierId", supplierId);
		notBlank("clientIdPrefix", clientIdPrefix);
		notBlank("tag", tag);
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidQueryParameterException("from", "from must not be after to");
		}
		return new AnalyticsFilter(supplierId, clientIdPrefix, tag, from, to);
	}

	private static void notBlank(String parameter, String value) {
		if (value != null && value.isBlank()) {
			throw new InvalidQueryParameterException(parameter, parameter + " must not be blank");
		}
	}

}
