package io.jixiao.audit;

/**
 * One event as the audit page and its export show it: the stored event, its action's name, the table's name (null
 * without a table, or when the table is gone), the details and the client address read for a person.
 */
record AuditRow(AuditEvent event, String action, String tableName, AuditDetails.Readable details, String address) {
}
