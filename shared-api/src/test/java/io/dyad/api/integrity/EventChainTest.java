package io.dyad.api.integrity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventChainTest {

	private static final String TYPE = "io.dyad.api.event.RiskClearedEvent";

	private static final String PAYLOAD = "{\"relationshipId\":\"r-1\",\"trust\":0.4463875,\"at\":\"2025-01-20T10:00:00Z\"}";

	@Test
	void hashesTheDocumentedFormSoAnyToolCanRecomputeIt() {
		// Pinned with sha256sum over the lines: genesis, type, revision, sequence,
		// canonical payload.
		assertThat(EventChain.hash(EventChain.GENESIS, TYPE, "1", 3, PAYLOAD))
			.isEqualTo("593d8d300c3c37276c4218c92d53a1993678c06daf7b230c5b924eef75b72fff");
	}

	@Test
	void ignoresMemberOrderAndWhitespace() {
		String reordered = "{ \"at\" : \"2025-01-20T10:00:00Z\", \"trust\" : 0.4463875, \"relationshipId\" : \"r-1\" }";

		assertThat(EventChain.hash(EventChain.GENESIS, TYPE, "1", 3, reordered))
			.isEqualTo(EventChain.hash(EventChain.GENESIS, TYPE, "1", 3, PAYLOAD));
	}

	@Test
	void changesWithEveryHashedPart() {
		String original = EventChain.hash(EventChain.GENESIS, TYPE, "1", 3, PAYLOAD);

		assertThat(EventChain.hash("1".repeat(64), TYPE, "1", 3, PAYLOAD)).isNotEqualTo(original);
		assertThat(EventChain.hash(EventChain.GENESIS, TYPE + "2", "1", 3, PAYLOAD)).isNotEqualTo(original);
		assertThat(EventChain.hash(EventChain.GENESIS, TYPE, "2", 3, PAYLOAD)).isNotEqualTo(original);
		assertThat(EventChain.hash(EventChain.GENESIS, TYPE, null, 3, PAYLOAD)).isNotEqualTo(original);
		assertThat(EventChain.hash(EventChain.GENESIS, TYPE, "1", 4, PAYLOAD)).isNotEqualTo(original);
		assertThat(EventChain.hash(EventChain.GENESIS, TYPE, "1", 3, PAYLOAD.replace("0.4463875", "0.4463876")))
			.isNotEqualTo(original);
	}

}
