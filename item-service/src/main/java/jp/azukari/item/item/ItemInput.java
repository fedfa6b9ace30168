package jp.azukari.item.item;

import java.util.Map;

/**
 * An item as the web sends it: the request it belongs to (when adding one) and values by field key;
 * in a change, a {@code null} value clears its field.
 */
record ItemInput(String requestId, Map<String, Object> values) {}
