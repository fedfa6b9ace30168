/**
 * workflow-service's own read model of members, fed by {@code member.events}: names on requests,
 * identity verification for the statuses that require it, and the account status that decides
 * whether a new request may start.
 */
package jp.azukari.workflow.members;
