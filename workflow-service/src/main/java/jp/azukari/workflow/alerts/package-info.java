/**
 * Alerts that cannot be missed: the console's alert list and counts, overdue announcements on a
 * schedule (once across instances), and the member-mail failures notification-service reports.
 */
package jp.azukari.workflow.alerts;
