package io.dyad.query.replay;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The event processors behind the projections, and their replays. */
@RestController
@RequestMapping("/api/v1/processors")
class ProcessorsController {

	private final ProcessorControl processors;

	ProcessorsController(ProcessorControl processors) {
		this.processors = processors;
	}

	@GetMapping
	ProcessorsView all() {
		return this.processors.all();
	}

	@GetMapping("/{name}")
	ProcessorView one(@PathVariable String name) {
		return this.processors.one(name);
	}

	/** Starts rebuilding the processor's projections; follow it at the Location. */
	@PostMapping("/{name}/replay")
	ResponseEntity<ProcessorView> replay(@PathVariable String name) {
		ProcessorView processor = this.processors.replay(name);
		return ResponseEntity.accepted().location(URI.create("/api/v1/processors/" + name)).body(processor);
	}

}
