package io.jixiao.evaluation;

import io.jixiao.publication.PublicTableLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A public table's page links its self-evaluation once finance accepted it: the page is only shown for a table
 * published 公开, the same condition under which {@link PublicEvaluations} shows the evaluation.
 */
@Component
class PublicEvaluationLink implements PublicTableLinks {

	private final Evaluations evaluations;

	PublicEvaluationLink(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public List<Link> of(long tableId) {
		return evaluations.idsOfTable(tableId, EvaluationStatus.ACCEPTED).stream().limit(1)
			.map(id -> new Link("evaluation.public.link", "/public/evaluations/" + id))
			.toList();
	}
}
