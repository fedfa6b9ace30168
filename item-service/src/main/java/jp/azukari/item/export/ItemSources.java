package jp.azukari.item.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The column sources an item export offers besides the item fields: the item's number and request,
 * its auction figures, its photos' file names, and a fixed text. A field key that happens to equal
 * one of these names is shadowed by it.
 */
public final class ItemSources {

  /** A column whose every cell is the column's {@code value}. */
  public static final String FIXED = "fixed";

  /** How the configurable item fields are keyed (e.g. {@code title}, {@code startPrice}). */
  public static final Pattern FIELD_KEY = Pattern.compile("^[a-z][a-zA-Z0-9]{0,63}$");

  /** How many photo columns ({@code photo1} ...) there are. */
  public static final int PHOTOS = 10;

  /** A source's label in both languages, for the console's column picker. */
  public record Label(String ja, String en) {}

  /** A built-in source and its label. */
  public record Source(String source, Label label) {}

  private static final Map<String, Label> BUILT_IN = new LinkedHashMap<>();

  static {
    add("number", "管理番号", "Item number");
    add("requestNumber", "申込番号", "Request number");
    add("memberId", "会員ID", "Member ID");
    add("memberName", "会員名", "Member name");
    add("auctionId", "オークションID", "Auction ID");
    add("listedAt", "出品日時", "Listed at");
    add("currentBid", "現在価格", "Current bid");
    add("endsAt", "終了日時", "Ends at");
    add("hammerPrice", "落札価格", "Hammer price");
    add("createdAt", "登録日時", "Created at");
    add("updatedAt", "更新日時", "Updated at");
    add("photoCount", "写真枚数", "Number of photos");
    for (int i = 1; i <= PHOTOS; i++) {
      add("photo" + i, "画像" + i + "（ファイル名）", "Photo " + i + " (file name)");
    }
    add("yahooCondition", "商品の状態（ヤフオク!の表記）", "Condition (Yahoo! Auctions wording)");
    add(FIXED, "固定値", "Fixed text");
  }

  private ItemSources() {}

  private static void add(String source, String ja, String en) {
    BUILT_IN.put(source, new Label(ja, en));
  }

  /** The built-in sources in the order the console lists them. */
  public static java.util.List<Source> builtIn() {
    return BUILT_IN.entrySet().stream().map(e -> new Source(e.getKey(), e.getValue())).toList();
  }

  public static boolean isBuiltIn(String source) {
    return BUILT_IN.containsKey(source);
  }

  /** A built-in source or something shaped like an item field key. */
  public static boolean isKnown(String source) {
    return source != null && (isBuiltIn(source) || FIELD_KEY.matcher(source).matches());
  }

  /** The photo position of {@code photo1}..{@code photo10}, or 0 for any other source. */
  static int photoPosition(String source) {
    if (source.startsWith("photo") && isBuiltIn(source) && !source.equals("photoCount")) {
      return Integer.parseInt(source.substring("photo".length()));
    }
    return 0;
  }
}
