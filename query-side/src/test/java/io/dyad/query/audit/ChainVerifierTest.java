package io.dyad.query.audit;

import java.util.ArrayList;
import java.util.List;

import io.dyad.api.integrity.EventChain;
import io.dyad.query.audit.Verification.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

	private static final String TYPE = "io.dyad.api.event.InteractionRecordedEvent";

	private final List<ChainLink> stored = written(5);

	@Test
	void holdsForTheHistoryAsWritten() {
		Verification verification = verify(this.stored);

		assertThat(verification.valid()).isTrue();
		assertThat(verification.eventsChecked()).isEqualTo(5);
		assertThat(verification.firstInvalid()).isNull();
		assertThat(verification.headHash()).isEqualTo(this.stored.get(4).recordedHash());
	}

	@Test
	void findsAnAlteredPayload() {
		ChainLink original = this.stored.get(2);
		this.stored.set(2, new ChainLink(2, TYPE, "1", original.payloadJson().replace("0.42", "0.92"),
				original.recordedHash(), 2L));

		assertInvalid(verify(this.stored), 2, Reason.ALTERED, 3);
	}

	@Test
	void findsAnAlteredPayloadType() {
		ChainLink original = this.stored.get(1);
		this.stored.set(1, new ChainLink(1, "io.dyad.api.event.ResourcesAdaptedEvent", "1", original.payloadJson(),
				original.recordedHash(), 1L));

		assertInvalid(verify(this.stored), 1, Reason.ALTERED, 2);
	}

	@Test
	void findsAStoredPayloadThatIsNoLongerJson() {
		ChainLink original = this.stored.get(3);
		this.stored.set(3, new ChainLink(3, TYPE, "1", "{\"trust\":", original.recordedHash(), 3L));

		Verification verification = verify(this.stored);

		assertInvalid(verification, 3, Reason.ALTERED, 4);
		assertThat(verification.firstInvalid().detail()).contains("not valid JSON");
	}

	@Test
	void findsAnEventWithoutHash() {
		ChainLink original = this.stored.get(0);
		this.stored.set(0, new ChainLink(0, TYPE, "1", original.payloadJson(), null, null));

		assertInvalid(verify(this.stored), 0, Reason.ALTERED, 1);
	}

	@Test
	void findsARemovedEvent() {
		this.stored.remove(3);

		assertInvalid(verify(this.stored), 3, Reason.MISSING, 4);
	}

	@Test
	void findsARemovedFirstEvent() {
		this.stored.remove(0);

		assertInvalid(verify(this.stored), 0, Reason.MISSING, 1);
	}

	@Test
	void findsARemovedEventWhoseSuccessorsWereRenumbered() {
		this.stored.remove(2);
		for (int position = 2; position < this.stored.size(); position++) {
			ChainLink moved = this.stored.get(position);
			this.stored.set(position, new ChainLink(position, moved.payloadType(), moved.revision(),
					moved.payloadJson(), moved.recordedHash(), moved.recordedSequence()));
		}

		assertInvalid(verify(this.stored), 2, Reason.MISSING, 3);
	}

	@Test
	void findsTwoEventsThatSwappedPlaces() {
		ChainLink second = this.stored.get(1);
		ChainLink third = this.stored.get(2);
		this.stored.set(1, new ChainLink(1, third.payloadType(), third.revision(), third.payloadJson(),
				third.recordedHash(), third.recordedSequence()));
		this.stored.set(2, new ChainLink(2, second.payloadType(), second.revision(), second.payloadJson(),
				second.recordedHash(), second.recordedSequence()));

		assertInvalid(verify(this.stored), 1, Reason.REORDERED, 2);
	}

	private static void assertInvalid(Verification verification, long sequenceNumber, Reason reason, long checked) {
		assertThat(verification.valid()).isFalse();
		assertThat(verification.firstInvalid().sequenceNumber()).isEqualTo(sequenceNumber);
		assertThat(verification.firstInvalid().reason()).isEqualTo(reason);
		assertThat(verification.eventsChecked()).isEqualTo(checked);
		assertThat(verification.headHash()).isNull();
	}

	private static Verification verify(List<ChainLink> links) {
		return ChainVerifier.verify(links.iterator());
	}

	private static List<ChainLink> written(int count) {
		List<ChainLink> links = new ArrayList<>();
		String previous = EventChain.GENESIS;
		for (long sequence = 0; sequence < count; sequence++) {
			String payload = "{\"relationshipId\":\"r-1\",\"sequence\":" + sequence + ",\"trust\":0.42}";
			previous = EventChain.hash(previous, TYPE, "1", sequence, payload);
			links.add(new ChainLink(sequence, TYPE, "1", payload, previous, sequence));
		}
		return links;
	}

}
