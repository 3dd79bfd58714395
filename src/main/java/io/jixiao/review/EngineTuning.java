package io.jixiao.review;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Fewer statements per transition: executions keep counts of their tasks, variables and links (so ending a process
 * need not query for them), the execution tree is read in one query, and tasks are not localized (one language).
 */
@Configuration(proxyBeanMethods = false)
class EngineTuning {

	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> leanEngine() {
		return configuration -> {
			var performance = configuration.getPerformanceSettings();
			performance.setEnableExecutionRelationshipCounts(true);
			performance.setEnableTaskRelationshipCounts(true);
			performance.setEnableEagerExecutionTreeFetching(true);
			performance.setEnableLocalization(false);
		};
	}
}
