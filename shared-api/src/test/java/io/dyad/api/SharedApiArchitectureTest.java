package io.dyad.api;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The message contract is published to integrating applications: it may speak only Java,
 * Axon's modelling annotations and Jakarta validation.
 */
@AnalyzeClasses(packages = "io.dyad.api", importOptions = ImportOption.DoNotIncludeTests.class)
class SharedApiArchitectureTest {

	@ArchTest
	static final ArchRule dependsOnlyOnTheJdkAxonAndValidation = classes().should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("io.dyad.api..", "java..", "jakarta.validation..", "org.axonframework.modelling..",
				"org.axonframework.serialization..");

}
