package io.jixiao.evidence;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the product sends (datasource-proxy around the real DataSource), for the thread that
 * started counting: a test counts one request or one transition at a time.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	private static final ThreadLocal<AtomicInteger> COUNT = new ThreadLocal<>();

	public static void start() {
		COUNT.set(new AtomicInteger());
	}

	/** Statements since {@link #start()}; counting stops. */
	public static int stop() {
		int count = COUNT.get().get();
		COUNT.remove();
		return count;
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource).name("counted")
						.listener(QueryExecutionListener.DEFAULT)
						.afterQuery((info, queries) -> {
							AtomicInteger count = COUNT.get();
							if (count != null) {
								count.addAndGet(queries.size());
								if (Boolean.getBoolean("statements.print")) {
									queries.forEach(q -> System.out.println("SQL> " + q.getQuery()));
								}
							}
						})
						.build();
				}
				return bean;
			}
		};
	}
}
