package jp.azukari.item.field;

/**
 * Whether any item holds a value under a field's key: such a field may be retired, but not removed
 * or given another type, or the values entered would lose their meaning.
 */
public interface FieldUsage {

  boolean inUse(String key);
}
