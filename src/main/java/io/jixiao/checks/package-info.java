/** The checks a target table must pass before submission: the indicator value parser, the yearly rule sets and the rule engine. */
package io.jixiao.checks;
