package io.jixiao.monitoring;

import io.jixiao.organizations.Actor;
import java.math.BigDecimal;

/**
 * Finance or an administrator set a year's monitoring tolerance (points of 序时进度 execution may lag), recorded by the
 * audit trail.
 *
 * @param before the tolerance the year had (its own, or the default)
 */
public record MonitoringRuleChanged(int year, BigDecimal before, BigDecimal after, Actor actor) {
}
