package jp.azukari.item.field;

/** One choice of a {@link FieldType#SELECT} field: the stored value and what people read. */
public record FieldOption(String value, Label label) {}
