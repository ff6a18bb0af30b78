package io.dyad.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Read models know nothing of HTTP: the web package reads them, never the other way
 * round.
 */
@AnalyzeClasses(packages = "io.dyad.query", importOptions = ImportOption.DoNotIncludeTests.class)
class QuerySideArchitectureTest {

	@ArchTest
	static final ArchRule readModelsAreFreeOfWeb = noClasses().that()
		.resideInAnyPackage("io.dyad.query.summary..", "io.dyad.query.stagehistory..",
				"io.dyad.query.trusttrajectory..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("io.dyad.query.web..", "org.springframework.web..", "jakarta.servlet..");

}
