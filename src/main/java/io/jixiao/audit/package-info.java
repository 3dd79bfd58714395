/**
 * The tamper-evident audit trail: every state change appends an event in the same transaction, each hashed over
 * its content and the previous event's hash; administrators search, export and verify it.
 */
package io.jixiao.audit;
