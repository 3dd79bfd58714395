package io.jixiao.review;

import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an engine query in the caller's transaction or transactional scope when there is one, else in none. The
 * engine begins a transaction for every command, and on MySQL one costs three statements at the server besides the
 * query (SET autocommit=0, COMMIT, SET autocommit=1): a page of a few single-query reads needs none (issue 19).
 */
@Component
public class ReadsWithoutTransaction implements CommandExecutor {

	private final CommandExecutor engine;
	private final CommandConfig none;

	ReadsWithoutTransaction(ProcessEngineConfigurationImpl configuration) {
		this.engine = configuration.getCommandExecutor();
		this.none = engine.getDefaultConfig().transactionNotSupported();
	}

	@Override
	public CommandConfig getDefaultConfig() {
		return engine.getDefaultConfig();
	}

	@Override
	public <T> T execute(CommandConfig config, Command<T> command) {
		return engine.execute(config, command);
	}

	@Override
	public <T> T execute(Command<T> command) {
		// inside any transactional scope (even SUPPORTS) the engine joins it: suspended, its connection would stay taken
		// while the query takes a second one
		return engine.execute(TransactionSynchronizationManager.isSynchronizationActive() ? getDefaultConfig() : none,
				command);
	}
}
