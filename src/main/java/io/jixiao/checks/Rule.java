package io.jixiao.checks;

import java.util.List;

/** One check of the rule engine; it reports message codes, which {@link TableChecker} turns into text. */
interface Rule {

	List<Violation> check(CheckInput table, RuleSet ruleSet);
}
