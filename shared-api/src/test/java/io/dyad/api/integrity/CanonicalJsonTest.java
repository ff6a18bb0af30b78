package io.dyad.api.integrity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CanonicalJsonTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"b":1,"a":2}                              | {"a":2,"b":1}
			 { "z" : { "y" : [ 1 , 2 ], "x" : null } } | {"z":{"x":null,"y":[1,2]}}
			[{"b":true,"a":false},[]]                  | [{"a":false,"b":true},[]]
			{"amount":1200.00,"trust":4.2E-1}          | {"amount":1200.00,"trust":4.2E-1}
			{"s":"a \\"quoted\\", b"}                  | {"s":"a \\"quoted\\", b"}
			{"\\u0062":1,"a":2}                        | {"a":2,"\\u0062":1}
			{}                                         | {}
			""")
	void sortsMembersAndDropsWhitespaceButKeepsValuesAsWritten(String json, String canonical) {
		assertThat(CanonicalJson.of(json)).isEqualTo(canonical);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "{", "{\"a\":}", "{\"a\":1,\"a\":2}", "[1,]", "{\"a\":1} x", "\"open", "nul" })
	void refusesWhatIsNotOneJsonValue(String json) {
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.of(json));
	}

}
