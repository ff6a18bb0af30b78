package io.dyad.query.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import io.dyad.api.query.TrustPointView;
import io.dyad.api.value.InteractionKind;
import io.dyad.api.value.Outcome;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerJsonTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
		.withUserConfiguration(AnswerJson.class);

	@Test
	void writesInstantsAsTheJdkDoes() {
		SplittableRandom random = new SplittableRandom(7);
		List<Instant> instants = new ArrayList<>(List.of(Instant.parse("0000-01-01T00:00:00Z"),
				Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
				Instant.parse("-0001-12-31T23:59:59Z"), Instant.parse("2025-01-20T10:00:00Z"),
				Instant.parse("2025-01-20T10:00:00.100Z"), Instant.parse("2025-01-20T10:00:00.000100Z"),
				Instant.parse("2025-01-20T10:00:00.000000100Z"), Instant.EPOCH));
		for (int i = 0; i < 10_000; i++) {
			long second = random.nextLong(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
					Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
			int nano = switch (i % 4) {
				case 0 -> 0;
				case 1 -> random.nextInt(1_000) * 1_000_000;
				case 2 -> random.nextInt(1_000_000) * 1_000;
				default -> random.nextInt(1_000_000_000);
			};
			instants.add(Instant.ofEpochSecond(second, nano));
		}
		this.context.run((context) -> {
			ObjectMapper mapper = context.getBean(ObjectMapper.class);
			assertThat(mapper.getSerializerProviderInstance().findValueSerializer(Instant.class))
				.isInstanceOf(IsoInstantSerializer.class);
			for (Instant instant : instants) {
				assertThat(mapper.writeValueAsString(instant)).isEqualTo('"' + instant.toString() + '"');
			}
		});
	}

	@Test
	void writesTrustPointsWithTheirInstantsAndScores() {
		TrustPointView point = new TrustPointView(Instant.parse("2025-01-20T10:00:00.250Z"), 0.33499999999999996, 0.925,
				"i-1", InteractionKind.TRANSACTION, Outcome.POSITIVE);
		this.context.run((context) -> {
			ObjectMapper mapper = context.getBean(ObjectMapper.class);
			assertThat(mapper.writeValueAsString(point))
				.isEqualTo("{\"occurredAt\":\"2025-01-20T10:00:00.250Z\",\"trust\":0.33499999999999996,"
						+ "\"uncertainty\":0.925,\"interactionId\":\"i-1\",\"kind\":\"TRANSACTION\",\"outcome\":\"POSITIVE\"}");
			assertThat(propertySerializer(mapper, TrustPointView.class, "occurredAt"))
				.isInstanceOf(IsoInstantSerializer.class);
		});
	}

	/**
	 * The serializer Jackson settled on for one property of a type, once it wrote one.
	 */
	private static JsonSerializer<?> propertySerializer(ObjectMapper mapper, Class<?> type, String name)
			throws JsonMappingException {
		BeanSerializer serializer = (BeanSerializer) mapper.getSerializerProviderInstance()
			.findTypedValueSerializer(type, true, null);
		for (Iterator<PropertyWriter> properties = serializer.properties(); properties.hasNext();) {
			PropertyWriter property = properties.next();
			if (property.getName().equals(name)) {
				return ((BeanPropertyWriter) property).getSerializer();
			}
		}
		throw new IllegalArgumentException(type + " has no property " + name);
	}

	@Test
	void keepsAPropertysOwnFormat() {
		this.context.run((context) -> assertThat(context.getBean(ObjectMapper.class)
			.writeValueAsString(new Stamped(Instant.parse("2025-01-20T10:00:00Z"))))
			.isEqualTo("{\"at\":\"2025-01-20 10:00\"}"));
	}

	@Test
	void readsWhatItWrites() {
		Map<String, Instant> written = Map.of("at", Instant.parse("2025-01-20T10:00:00.000123Z"));
		this.context.run((context) -> {
			ObjectMapper mapper = context.getBean(ObjectMapper.class);
			Map<String, Instant> read = mapper.readValue(mapper.writeValueAsString(written),
					mapper.getTypeFactory().constructMapType(Map.class, String.class, Instant.class));
			assertThat(read).isEqualTo(written);
		});
	}

	record Stamped(@JsonFormat(pattern = "yyyy-MM-dd HH:mm", timezone = "UTC") Instant at) {
	}

}
