/** Checks a target table must pass: the indicator value parser, the yearly rule sets and the rule engine. */
package io.jixiao.checks;
