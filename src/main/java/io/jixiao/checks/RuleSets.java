package io.jixiao.checks;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The rule sets, one per budget year. */
public interface RuleSets extends JpaRepository<RuleSet, Long> {

	Optional<RuleSet> findByYear(int year);
}
