package io.jixiao.system;

import java.util.Arrays;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flowable may create its ACT_ tables before Flyway runs, and Flyway then refuses the non-empty schema:
 * make the engine wait for the migrations.
 */
@Configuration(proxyBeanMethods = false)
class FlywayFirstConfig {

	private static final Set<String> ENGINE_BEANS = Set.of("springProcessEngineConfiguration", "processEngine");

	@Bean
	static BeanFactoryPostProcessor flowableAfterFlyway() {
		return beanFactory -> {
			if (!beanFactory.containsBeanDefinition("flywayInitializer")) {
				return;
			}
			for (String name : ENGINE_BEANS) {
				if (beanFactory.containsBeanDefinition(name)) {
					BeanDefinition definition = beanFactory.getBeanDefinition(name);
					String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
					String[] merged = Arrays.copyOf(dependsOn, dependsOn.length + 1);
					merged[dependsOn.length] = "flywayInitializer";
					definition.setDependsOn(merged);
				}
			}
		};
	}
}
