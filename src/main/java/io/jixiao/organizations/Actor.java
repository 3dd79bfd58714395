package io.jixiao.organizations;

/**
 * Who did something, as events carry it: enough for the audit trail, notifications and logs to need no lookup.
 */
public record Actor(long id, String displayName, long organizationId, String username) {
}
