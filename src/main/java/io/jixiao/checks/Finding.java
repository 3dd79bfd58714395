package io.jixiao.checks;

/**
 * One result of checking a table.
 *
 * @param rule the rule id, R01 to R11
 * @param severity whether it blocks submission
 * @param message what is wrong, in Chinese
 * @param indicator the 0-based index of the indicator row it concerns, {@code null} for the table as a whole
 * @param basis the document or rule set the rule rests on, in Chinese
 */
public record Finding(String rule, Severity severity, String message, Integer indicator, String basis) {
}
