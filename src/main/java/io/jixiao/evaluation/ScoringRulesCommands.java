package io.jixiao.evaluation;

import io.jixiao.organizations.Account;
import io.jixiao.organizations.Role;
import io.jixiao.system.ForbiddenException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators keep the scoring rule sets: storing a year's replaces what the evaluations of that year (and of the
 * years after it without their own) are scored by from now on. Audited with the figures before and after.
 */
@Service
@Transactional
class ScoringRulesCommands {

	private final ScoringRuleSets ruleSets;
	private final ApplicationEventPublisher events;

	ScoringRulesCommands(ScoringRuleSets ruleSets, ApplicationEventPublisher events) {
		this.ruleSets = ruleSets;
		this.events = events;
	}

	void store(Account account, RuleSet ruleSet) {
		if (account.role() != Role.ADMIN) {
			throw new ForbiddenException("error.forbidden");
		}
		RuleSet after = ruleSet.validated();
		RuleSet before = ruleSets.of(after.year());
		ruleSets.save(after);
		events.publishEvent(new EvaluationRulesChanged(after.year(), before.facts(), after.facts(), account.actor()));
	}
}
