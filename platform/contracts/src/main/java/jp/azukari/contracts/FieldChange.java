package jp.azukari.contracts;

/**
 * One changed field of a change event. Values that the audit log must not copy in clear (document
 * images, full bank account numbers) are masked by the publisher before they get here.
 */
public record FieldChange(String field, Object before, Object after) {}
