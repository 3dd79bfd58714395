package io.jixiao.review;

import org.flowable.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * The deployed review process, looked up once per node: processes deploy at start-up, so a node starts new reviews
 * on the definition it deployed or found then (a newer one, deployed by an upgraded node, is used after a restart).
 */
@Component
class ProcessDefinitions {

	private final RepositoryService repository;
	private volatile String latestId;

	ProcessDefinitions(RepositoryService repository) {
		this.repository = repository;
	}

	String latestId() {
		String id = latestId;
		if (id == null) {
			id = repository.createProcessDefinitionQuery().processDefinitionKey(Stage.PROCESS).latestVersion()
				.singleResult().getId();
			latestId = id;
		}
		return id;
	}
}
