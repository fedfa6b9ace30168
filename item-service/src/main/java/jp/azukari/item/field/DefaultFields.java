package jp.azukari.item.field;

import java.util.List;
import java.util.Map;

/**
 * The item fields the product ships: what members know about an item (name, brand, condition,
 * notes) and what staff add for the listing and the transaction ledger. All of them are built in.
 */
final class DefaultFields {

  /** Values an item gets when it is created without them. */
  static final Map<String, Object> INITIAL_VALUES = Map.of("quantity", 1L);

  private DefaultFields() {}

  static List<FieldDef> all() {
    return List.of(
        field("name", "品名", "Item name", FieldType.TEXT, true, true, 10),
        field("brand", "ブランド", "Brand", FieldType.TEXT, false, true, 20),
        select(
            "condition",
            "状態",
            "Condition",
            true,
            30,
            option("new", "新品", "New"),
            option("unused", "未使用", "Unused"),
            option("likeNew", "未使用に近い", "Like new"),
            option("used", "中古", "Used"),
            option("damaged", "傷や汚れあり", "Damaged")),
        field(
            "memberNotes", "お客様メモ", "Notes from the member", FieldType.LONG_TEXT, false, true, 40),
        select(
            "category",
            "カテゴリ",
            "Category",
            false,
            50,
            option("fashion", "ファッション", "Fashion"),
            option("bags", "バッグ", "Bags"),
            option("watches", "時計", "Watches"),
            option("jewelry", "ジュエリー", "Jewellery"),
            option("electronics", "家電・カメラ", "Electronics and cameras"),
            option("hobby", "ホビー", "Hobby"),
            option("other", "その他", "Other")),
        field("title", "出品タイトル", "Listing title", FieldType.TEXT, true, false, 60),
        field("description", "商品説明", "Description", FieldType.LONG_TEXT, false, false, 70),
        field("features", "特徴", "Features", FieldType.TEXT, false, false, 80),
        field("quantity", "数量", "Quantity", FieldType.NUMBER, false, false, 90),
        field("startPrice", "開始価格", "Starting price", FieldType.MONEY, false, false, 100),
        field("storageLocation", "保管場所", "Storage location", FieldType.TEXT, false, false, 110));
  }

  private static FieldDef field(
      String key,
      String ja,
      String en,
      FieldType type,
      boolean required,
      boolean memberEditable,
      int order) {
    return new FieldDef(
        key, Label.of(ja, en), type, required, List.of(), memberEditable, order, true, false);
  }

  private static FieldDef select(
      String key, String ja, String en, boolean memberEditable, int order, FieldOption... options) {
    return new FieldDef(
        key,
        Label.of(ja, en),
        FieldType.SELECT,
        false,
        List.of(options),
        memberEditable,
        order,
        true,
        false);
  }

  private static FieldOption option(String value, String ja, String en) {
    return new FieldOption(value, Label.of(ja, en));
  }
}
