/**
 * Inquiry reports: first-response and resolution times, received and resolved counts by period,
 * label, person and channel, open and overdue counts, from this package's own projection of {@code
 * inquiry.events}.
 */
package jp.azukari.inquiry.report;
