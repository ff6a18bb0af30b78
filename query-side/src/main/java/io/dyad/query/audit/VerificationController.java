package io.dyad.query.audit;

import java.net.URI;

import io.dyad.query.audit.VerificationRun.Progress;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tamper-evidence checks: one relationship at once, or all in a background run. */
@RestController
class VerificationController {

	private final RelationshipVerifier verifier;

	private final VerificationRuns runs;

	VerificationController(RelationshipVerifier verifier, VerificationRuns runs) {
		this.verifier = verifier;
		this.runs = runs;
	}

	@GetMapping("/api/v1/relationships/{relationshipId}/verification")
	Verification verify(@PathVariable String relationshipId) {
		return this.verifier.verify(relationshipId);
	}

	@PostMapping("/api/v1/audit/verifications")
	ResponseEntity<Progress> start() {
		VerificationRun run = this.runs.start();
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/audit/verifications/" + run.runId()))
			.body(run.progress());
	}

	@GetMapping("/api/v1/audit/verifications/{runId}")
	Progress progress(@PathVariable String runId) {
		return this.runs.find(runId).orElseThrow(() -> new VerificationRunNotFoundException(runId)).progress();
	}

}
