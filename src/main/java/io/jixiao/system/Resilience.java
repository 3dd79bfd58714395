package io.jixiao.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/** Turns on Spring's @Retryable: transitions that lost a deadlock run again (see {@link DeadlockVictim}). */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class Resilience {
}
