package jp.azukari.item.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Map;
import jp.azukari.item.item.Item;

/**
 * What the ledger says an item is (品目, 特徴, 数量), from the item's fields: its name (or listing
 * title), brand and condition, the features staff note for the ledger, and the quantity (1 unless
 * staff say otherwise).
 */
final class Descriptions {

  private static final Map<String, String> CONDITIONS =
      Map.of(
          "new", "新品",
          "unused", "未使用",
          "likeNew", "未使用に近い",
          "used", "中古",
          "damaged", "難あり");

  private Descriptions() {}

  static LedgerEntry.Description of(Item item) {
    Map<String, Object> values = item.values();
    return new LedgerEntry.Description(
        text(values.get("name")),
        text(values.get("title")),
        text(values.get("brand")),
        text(values.get("condition")),
        text(values.get("features")),
        quantity(values.get("quantity")));
  }

  /** {@code ショルダーバッグ（ブランド: COACH、状態: 中古）}. */
  static String text(LedgerEntry.Description description) {
    String what = description.name() != null ? description.name() : description.title();
    var details = new ArrayList<String>();
    if (description.brand() != null) {
      details.add("ブランド: " + description.brand());
    }
    if (description.condition() != null) {
      details.add(
          "状態: " + CONDITIONS.getOrDefault(description.condition(), description.condition()));
    }
    String base = what == null ? "" : what;
    return details.isEmpty() ? base : base + "（" + String.join("、", details) + "）";
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  private static long quantity(Object value) {
    try {
      long quantity =
          switch (value) {
            case null -> 1;
            case Number number -> new BigDecimal(number.toString()).longValue();
            case String text when !text.isBlank() -> new BigDecimal(text.strip()).longValue();
            default -> 1;
          };
      return quantity > 0 ? quantity : 1;
    } catch (NumberFormatException notANumber) {
      return 1;
    }
  }
}
