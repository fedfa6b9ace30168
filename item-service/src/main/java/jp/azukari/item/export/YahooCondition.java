package jp.azukari.item.export;

/**
 * The item's condition in the words Yahoo! Auctions lists (商品の状態). The shop's own scale is coarser
 * than Yahoo's, so "used" takes the cautious やや傷や汚れあり; staff correct a listing where an item is
 * better than that.
 */
final class YahooCondition {

  private YahooCondition() {}

  static String of(Object condition) {
    if (!(condition instanceof String value)) {
      return null;
    }
    return switch (value) {
      case "new", "unused" -> "新品";
      case "likeNew" -> "未使用に近い";
      case "used" -> "やや傷や汚れあり";
      case "damaged" -> "傷や汚れあり";
      default -> value;
    };
  }
}
