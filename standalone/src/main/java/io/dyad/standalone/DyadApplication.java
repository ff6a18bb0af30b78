package io.dyad.standalone;

import io.dyad.api.runtime.OfflineStart;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Dyad in one process: the command side and the query side over embedded, on-disk stores.
 * The scan leaves out the sides' own {@code @SpringBootApplication} classes, which start
 * each side as a separate service in the distributed mode.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = "io.dyad",
		excludeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
				@ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
				@ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootApplication.class) })
@ConfigurationPropertiesScan("io.dyad")
public class DyadApplication {

	public static void main(String[] args) {
		OfflineStart.prepare();
		SpringApplication.run(DyadApplication.class, args);
	}

}
