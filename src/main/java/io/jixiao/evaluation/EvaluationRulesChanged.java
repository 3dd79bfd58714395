package io.jixiao.evaluation;

import io.jixiao.organizations.Actor;
import java.util.Map;

/**
 * An administrator stored the scoring rule set of a year, recorded by the audit trail with the figures before (the
 * rule set the year was scored by until then) and after.
 */
public record EvaluationRulesChanged(int year, Map<String, Object> before, Map<String, Object> after, Actor actor) {
}
