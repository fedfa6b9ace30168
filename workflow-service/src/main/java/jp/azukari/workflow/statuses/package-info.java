/**
 * Request types and their configurable statuses (name, member-facing label, order, colours, mail on
 * entry, time limit, flags) and allowed transitions, seeded with the product's defaults and changed
 * by admins.
 */
package jp.azukari.workflow.statuses;
