/**
 * Year-end self-evaluation (绩效自评, 财预〔2020〕10号): rounds opened by finance, one evaluation per approved table
 * bound to its version in force, every score computed and explained by the rule set of the table's year, and the
 * evaluation's own review process (unit, department where it reviews, finance with 抽评) before publication.
 */
package io.jixiao.evaluation;
