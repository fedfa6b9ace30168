package jp.azukari.item.export;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The export profiles shipped with the product, stored at start-up when missing. Several instances
 * may start at once: each inserts under the profile's fixed id and the database keeps one, so the
 * seeding needs no lock; a profile an admin changed is never overwritten.
 */
@Component
class DefaultProfiles {

  static final String YAHOO = "yahoo-auctions";
  static final String GENERIC = "generic-marketplace";
  static final String FULL = "full-xlsx";

  private static final Logger log = LoggerFactory.getLogger(DefaultProfiles.class);

  private final MongoTemplate mongo;
  private final Clock clock;

  DefaultProfiles(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void seed() {
    for (ExportProfile profile : all(clock)) {
      if (mongo.findById(profile.id(), ExportProfile.class) != null) {
        continue;
      }
      try {
        mongo.insert(profile);
        log.info("Export profile {} shipped", profile.id());
      } catch (DuplicateKeyException anotherInstanceWasFaster) {
        // Seeded by an instance that started at the same moment.
      }
    }
  }

  static List<ExportProfile> all(Clock clock) {
    return List.of(
        ExportProfile.shipped(
            YAHOO,
            "ヤフオク!一括出品",
            ExportFormat.CSV_YAHOO,
            TextEncoding.SHIFT_JIS,
            yahooColumns(),
            clock.instant()),
        ExportProfile.shipped(
            GENERIC,
            "汎用マーケットプレイスCSV",
            ExportFormat.CSV_GENERIC,
            TextEncoding.UTF_8,
            genericColumns(),
            clock.instant()),
        ExportProfile.shipped(
            FULL,
            "全項目（XLSX）",
            ExportFormat.XLSX,
            TextEncoding.UTF_8,
            fullColumns(),
            clock.instant()));
  }

  /**
   * The columns of the Yahoo! Auctions bulk-listing CSV (the layout of the オークタウン bulk-listing
   * tool: カテゴリ, タイトル, 説明, 開始価格, 即決価格, 個数, 開催期間, 終了時間, 画像1 ...), those an item holds or a shop sets
   * once, in the tool's order. Fixed values are the usual choices; the shop sets its own (its
   * prefecture, who pays shipping) in the console.
   */
  static List<ExportColumn> yahooColumns() {
    var columns = new ArrayList<ExportColumn>();
    columns.add(new ExportColumn("category", "カテゴリ"));
    columns.add(new ExportColumn("title", "タイトル"));
    columns.add(new ExportColumn("description", "説明"));
    columns.add(new ExportColumn("startPrice", "開始価格"));
    columns.add(ExportColumn.fixed("即決価格", ""));
    columns.add(new ExportColumn("quantity", "個数"));
    // Listing period in days (2 to 7) and the hour the auction ends (0 to 23).
    columns.add(ExportColumn.fixed("開催期間", "7"));
    columns.add(ExportColumn.fixed("終了時間", "22"));
    for (int i = 1; i <= 3; i++) {
      columns.add(new ExportColumn("photo" + i, "画像" + i));
    }
    columns.add(ExportColumn.fixed("商品発送元の都道府県", "東京都"));
    columns.add(ExportColumn.fixed("送料負担", "落札者"));
    columns.add(new ExportColumn("yahooCondition", "商品の状態"));
    columns.add(new ExportColumn("memberNotes", "商品の状態備考"));
    columns.add(ExportColumn.fixed("返品の可否", "返品不可"));
    return columns;
  }

  /** A plain marketplace layout: one row per item with English headers most importers map. */
  static List<ExportColumn> genericColumns() {
    return List.of(
        new ExportColumn("number", "sku"),
        new ExportColumn("title", "title"),
        new ExportColumn("description", "description"),
        new ExportColumn("brand", "brand"),
        new ExportColumn("condition", "condition"),
        new ExportColumn("category", "category"),
        new ExportColumn("startPrice", "price"),
        new ExportColumn("quantity", "quantity"),
        new ExportColumn("photo1", "image_1"),
        new ExportColumn("photo2", "image_2"),
        new ExportColumn("photo3", "image_3"));
  }

  /** Everything about an item staff work with, for their own spreadsheets. */
  static List<ExportColumn> fullColumns() {
    return List.of(
        new ExportColumn("number", "管理番号"),
        new ExportColumn("requestNumber", "申込番号"),
        new ExportColumn("memberId", "会員ID"),
        new ExportColumn("name", "品名"),
        new ExportColumn("brand", "ブランド"),
        new ExportColumn("condition", "状態"),
        new ExportColumn("memberNotes", "会員メモ"),
        new ExportColumn("category", "カテゴリ"),
        new ExportColumn("title", "タイトル"),
        new ExportColumn("description", "説明"),
        new ExportColumn("features", "特徴"),
        new ExportColumn("quantity", "数量"),
        new ExportColumn("startPrice", "開始価格"),
        new ExportColumn("storageLocation", "保管場所"),
        new ExportColumn("photoCount", "写真枚数"),
        new ExportColumn("auctionId", "オークションID"),
        new ExportColumn("listedAt", "出品日時"),
        new ExportColumn("currentBid", "現在価格"),
        new ExportColumn("endsAt", "終了日時"),
        new ExportColumn("hammerPrice", "落札価格"),
        new ExportColumn("createdAt", "登録日時"),
        new ExportColumn("updatedAt", "更新日時"));
  }
}
