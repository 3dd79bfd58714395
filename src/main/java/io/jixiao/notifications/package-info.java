/** In-app notifications: who is told about returns, approvals, new tasks and reminders, and the unread count. */
package io.jixiao.notifications;
