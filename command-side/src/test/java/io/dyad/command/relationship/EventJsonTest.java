package io.dyad.command.relationship;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import io.dyad.api.event.InteractionRecordedEvent;
import io.dyad.api.event.RelationshipAssessedEvent;
import io.dyad.api.event.RelationshipClassifiedEvent;
import io.dyad.api.event.RiskClearedEvent;
import io.dyad.api.value.Benefit;
import io.dyad.api.value.DissolutionReason;
import io.dyad.api.value.Exchange;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Magnitude;
import io.dyad.api.value.ModelVersions;
import io.dyad.api.value.MonetaryValue;
import io.dyad.api.value.Negative;
import io.dyad.api.value.Outcome;
import io.dyad.api.value.Party;
import io.dyad.api.value.Perspective;
import io.dyad.api.value.RelationalType;
import io.dyad.api.value.RiskRule;
import io.dyad.api.value.Stage;
import io.dyad.api.value.StageEvidence;
import io.dyad.api.value.StageRule;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import static io.dyad.command.relationship.RelationshipFixture.RELATIONSHIP_ID;
import static io.dyad.command.relationship.RelationshipFixture.adaptation;
import static io.dyad.command.relationship.RelationshipFixture.adapted;
import static io.dyad.command.relationship.RelationshipFixture.advanced;
import static io.dyad.command.relationship.RelationshipFixture.atRisk;
import static io.dyad.command.relationship.RelationshipFixture.day;
import static io.dyad.command.relationship.RelationshipFixture.dissolved;
import static io.dyad.command.relationship.RelationshipFixture.opened;
import static io.dyad.command.relationship.RelationshipFixture.recorded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins each event's stored JSON. Event store rows are kept forever: a change here needs a
 * new revision and pins of its own, never an edit of these files. Rows of an earlier
 * revision are read as they were stored, without an upcaster, because the hash chain
 * covers the stored JSON: revision 2 only added the model versions, which rows of
 * revision 1 read as null.
 */
class EventJsonTest {

	private static final JacksonSerializer SERIALIZER = ApplicationJson.serializer();

	/** The suffix of the pins of revision 2. */
	private static final String SECOND_REVISION = "-2";

	static Stream<Arguments> events() {
		Map<Party, Integer> byParty = new EnumMap<>(Map.of(Party.SUPPLIER, 1, Party.CLIENT, 1));
		return Stream
			.of(Arguments.of("relationship-opened" + SECOND_REVISION, opened()), Arguments.of(
					"interaction-recorded" + SECOND_REVISION,
					new InteractionRecordedEvent(RELATIONSHIP_ID, "i-1", InteractionKind.TRANSACTION, Outcome.POSITIVE,
							day(14), new MonetaryValue(new BigDecimal("1200.00"), "EUR"), "first order", Party.CLIENT,
							1.0, 0.4463875, 0.697796875, ModelVersions.TRUST_MODEL, ModelVersions.STAGE_POLICY)),
					Arguments.of("resources-adapted" + SECOND_REVISION,
							adapted(adaptation("a-1", Party.SUPPLIER, Magnitude.MEDIUM, day(55)), 0.28)),
					Arguments.of("relationship-assessed" + SECOND_REVISION,
							new RelationshipAssessedEvent(RELATIONSHIP_ID, "as-1", day(60), benefits(), negatives(),
									new EnumMap<>(Map.of(Perspective.COST, 3.0, Perspective.ATTITUDINAL, 4.0,
											Perspective.MUTUALITY, 4.0)),
									25.0 / 7 - 1.8, Exchange.RELATIONAL, ModelVersions.TRUST_MODEL,
									ModelVersions.STAGE_POLICY)),
					Arguments.of("relationship-classified",
							new RelationshipClassifiedEvent(RELATIONSHIP_ID, RelationalType.PROSPECTING,
									RelationalType.MAJOR_SUPPLIER, "orders every month", day(70))),
					Arguments.of("stage-advanced",
							advanced(Stage.EXPANSION, Stage.COMMITMENT, StageRule.MATURE_COMMITMENT, day(100),
									new StageEvidence("a-2", 0.8125, 0.21, 0.28, 4, byParty, 1, 90L, 0, null))),
					Arguments.of("relationship-at-risk",
							atRisk(day(120), "c-3", 0.275, 3, RiskRule.TRUST_BELOW_FLOOR, RiskRule.CONFLICT_BURST)),
					Arguments.of("risk-cleared",
							new RiskClearedEvent(RELATIONSHIP_ID, day(160), "s-1", 0.41, 0, ModelVersions.TRUST_MODEL,
									ModelVersions.STAGE_POLICY)),
					Arguments.of("relationship-dissolved", dissolved(day(200), Stage.COMMITMENT)),
					Arguments.of("stage-advanced-dissolved",
							advanced(Stage.COMMITMENT, Stage.DISSOLUTION, StageRule.DISSOLVED, day(200),
									new StageEvidence(null, 0.41, 0.3, 0.28, 4, byParty, 1, 190L, 0,
											DissolutionReason.MARKET_CHANGE))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("events")
	void writesTheEventAsPinned(String name, Object event) throws Exception {
		SerializedObject<String> stored = SERIALIZER.serialize(event, String.class);

		assertThat(stored.getType().getName()).isEqualTo(event.getClass().getName());
		assertThat(stored.getType().getRevision()).isEqualTo(name.endsWith(SECOND_REVISION) ? "2" : "1");
		JSONAssert.assertEquals(pinned(name), stored.getData(), JSONCompareMode.STRICT);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("events")
	void readsThePinnedJsonBack(String name, Object event) throws Exception {
		assertThat(read(name, event.getClass(), revision(event))).isEqualTo(event);
	}

	/**
	 * The pins of the events that revision 2 changed, by the name of the first revision.
	 */
	static Stream<Arguments> firstRevisions() {
		return events().map(Arguments::get)
			.filter((arguments) -> ((String) arguments[0]).endsWith(SECOND_REVISION))
			.map((arguments) -> Arguments.of(((String) arguments[0]).replace(SECOND_REVISION, ""), arguments[1]));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("firstRevisions")
	void readsRowsOfTheFirstRevisionAsStored(String name, Object event) throws Exception {
		Object read = read(name, event.getClass(), "1");

		JSONAssert.assertEquals(pinned(name), SERIALIZER.serialize(read, String.class).getData(),
				JSONCompareMode.LENIENT);
		assertThat(read).extracting("stagePolicy").isNull();
	}

	private static Object read(String name, Class<?> type, String revision) throws IOException {
		return SERIALIZER.deserialize(new SimpleSerializedObject<>(pinned(name), String.class,
				new SimpleSerializedType(type.getName(), revision)));
	}

	private static String revision(Object event) {
		return event.getClass().getAnnotation(Revision.class).value();
	}

	private static Map<Benefit, Double> benefits() {
		double[] scores = { 4, 3, 5, 2, 4, 3, 4 };
		Map<Benefit, Double> benefits = new EnumMap<>(Benefit.class);
		for (Benefit benefit : Benefit.values()) {
			benefits.put(benefit, scores[benefit.ordinal()]);
		}
		return benefits;
	}

	private static Map<Negative, Double> negatives() {
		double[] scores = { 1, 2, 1, 3, 2 };
		Map<Negative, Double> negatives = new EnumMap<>(Negative.class);
		for (Negative negative : Negative.values()) {
			negatives.put(negative, scores[negative.ordinal()]);
		}
		return negatives;
	}

	private static String pinned(String name) throws IOException {
		try (InputStream json = EventJsonTest.class.getResourceAsStream("/events/" + name + ".json")) {
			assertThat(json).as("events/%s.json", name).isNotNull();
			return new String(json.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
