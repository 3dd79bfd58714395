/**
 * Monitoring during the year (绩效运行监控, 双监控): rounds opened by finance, one report per approved table bound
 * to its version in force, budget execution and target achievement judged by rules with lights, and the report's
 * own review process (unit, department where it reviews, finance, 重点监控 with 整改).
 */
package io.jixiao.monitoring;
