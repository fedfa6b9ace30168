package jp.azukari.audit.record;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event's data as MongoDB keeps it and gives it back: numbers only as int, long or double (a big
 * or exact decimal that fits neither is kept as its text), so the hash taken when a record is
 * written is the hash of what is read back.
 */
final class StoredValues {

  private StoredValues() {}

  static Map<String, Object> normalised(Map<String, Object> data) {
    if (data == null) {
      return null;
    }
    var copy = new LinkedHashMap<String, Object>();
    data.forEach((key, value) -> copy.put(key, value(value)));
    return copy;
  }

  @SuppressWarnings("unchecked")
  static Object value(Object value) {
    return switch (value) {
      case null -> null;
      case Map<?, ?> map -> normalised((Map<String, Object>) map);
      case Collection<?> list -> {
        var copy = new ArrayList<>();
        list.forEach(element -> copy.add(value(element)));
        yield copy;
      }
      case Integer i -> i;
      case Long l -> l;
      case Double d -> d;
      case Short s -> s.intValue();
      case Byte b -> b.intValue();
      case Float f -> Double.parseDouble(f.toString());
      case BigInteger big ->
          big.bitLength() < 64 ? (Object) big.longValue() : (Object) big.toString();
      case BigDecimal decimal -> decimal(decimal);
      case Number other -> other.toString();
      default -> value;
    };
  }

  private static Object decimal(BigDecimal decimal) {
    double asDouble = decimal.doubleValue();
    if (!Double.isInfinite(asDouble)
        && new BigDecimal(Double.toString(asDouble)).compareTo(decimal) == 0) {
      return asDouble;
    }
    return decimal.toPlainString();
  }
}
