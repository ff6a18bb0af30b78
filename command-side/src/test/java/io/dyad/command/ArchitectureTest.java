package io.dyad.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "io.dyad.command", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule domainKnowsNothingOfWebOrWiring = noClasses().that()
		.resideInAPackage("io.dyad.command.relationship..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("io.dyad.command.web..", "io.dyad.command.config..", "org.springframework.web..",
				"jakarta.servlet..");

	@ArchTest
	static final ArchRule webSendsCommandsWithoutTouchingTheAggregate = noClasses().that()
		.resideInAPackage("io.dyad.command.web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("io.dyad.command.relationship..");

}
