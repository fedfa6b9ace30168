/**
 * Requests (申込): one consignment job of one member, started on the web or by staff, moved by staff
 * along the transitions of its type, put on hold, with its member mails; the views members and
 * staff read, with attention computed at read time.
 */
package jp.azukari.workflow.requests;
