package io.jixiao.review;

import java.util.function.Supplier;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.ManagementService;
import org.springframework.stereotype.Component;

/**
 * Runs a transition as one engine command, so the engine calls inside it share the command's entity cache: completing
 * the task the transition read ({@link EngineQueries#openTask}) does not read it, nor its executions, again. The
 * product's refusal (400, 403, 409) ends the command as a plain return and is thrown after it, since the engine logs
 * an exception that ends a command as an error with its stack; the caller's transaction still rolls back. The engine's
 * own exceptions end the command as before.
 */
@Component
class OneCommand {

	private final ManagementService management;

	OneCommand(ManagementService management) {
		this.management = management;
	}

	<T> T run(Supplier<T> transition) {
		RuntimeException[] refused = new RuntimeException[1];
		T result = management.executeCommand(context -> {
			try {
				return transition.get();
			}
			catch (FlowableException e) {
				throw e;
			}
			catch (RuntimeException e) {
				refused[0] = e;
				return null;
			}
		});
		if (refused[0] != null) {
			throw refused[0];
		}
		return result;
	}
}
