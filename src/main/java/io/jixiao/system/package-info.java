/** Cross-cutting plumbing: security, error mapping, messages, clock and start-up order. */
package io.jixiao.system;
