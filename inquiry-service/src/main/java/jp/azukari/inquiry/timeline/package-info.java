/**
 * The customer timeline (対応履歴): everything with one customer in time order, kept as this package's
 * own projection of inquiry, workflow, item, notification and member events (never read from the
 * inbox's collections), with the customer facts other features fill templates and survey mails
 * from.
 */
package jp.azukari.inquiry.timeline;
