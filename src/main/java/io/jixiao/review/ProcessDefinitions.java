package io.jixiao.review;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * The deployed review and adjustment processes, each looked up once per node: processes deploy at start-up, so a node
 * starts new ones on the definition it deployed or found then (a newer one, deployed by an upgraded node, is used after
 * a restart).
 */
@Component
class ProcessDefinitions {

	private final RepositoryService repository;
	private final Map<String, String> latest = new ConcurrentHashMap<>();

	ProcessDefinitions(RepositoryService repository) {
		this.repository = repository;
	}

	/** The review's definition. */
	String latestId() {
		return latestId(Stage.PROCESS);
	}

	/** The definition of a process by its key (the review's, an adjustment's). */
	String latestId(String processKey) {
		return latest.computeIfAbsent(processKey, key -> repository.createProcessDefinitionQuery()
			.processDefinitionKey(key).latestVersion().singleResult().getId());
	}
}
