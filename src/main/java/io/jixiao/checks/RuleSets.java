package io.jixiao.checks;

import org.springframework.data.jpa.repository.JpaRepository;

/** The rule sets, one per budget year. */
public interface RuleSets extends JpaRepository<RuleSet, Long> {

}
