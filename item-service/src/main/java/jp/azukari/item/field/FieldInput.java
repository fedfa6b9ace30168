package jp.azukari.item.field;

import java.util.List;

/**
 * A field as an admin sends it. Everything is optional here so that {@link FieldConfigurationRules}
 * can name every problem at once; {@code builtIn} is ignored (the product decides which fields are
 * built in).
 */
public record FieldInput(
    String key,
    Label label,
    String type,
    Boolean required,
    List<FieldOption> options,
    Boolean memberEditable,
    Integer order,
    Boolean builtIn,
    Boolean retired) {}
