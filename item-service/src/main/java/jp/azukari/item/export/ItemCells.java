package jp.azukari.item.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.azukari.item.item.AuctionFigures;
import jp.azukari.item.item.Item;
import jp.azukari.item.item.Photo;

/**
 * The cells of one item under a profile's columns. Request numbers and member names are looked up
 * through small caches (items of one request come together), never loaded all at once.
 */
final class ItemCells {

  private static final int CACHED = 2_000;

  private final List<ExportColumn> columns;
  private final Function<String, String> requestNumbers;
  private final Function<String, String> memberNames;

  ItemCells(
      List<ExportColumn> columns,
      Function<String, String> requestNumbers,
      Function<String, String> memberNames) {
    this.columns = columns;
    this.requestNumbers = cached(requestNumbers);
    this.memberNames = cached(memberNames);
  }

  List<Object> of(Item item) {
    var cells = new java.util.ArrayList<>(columns.size());
    for (ExportColumn column : columns) {
      cells.add(cell(item, column));
    }
    return cells;
  }

  private Object cell(Item item, ExportColumn column) {
    String source = column.source();
    AuctionFigures price = item.price();
    return switch (source) {
      case ItemSources.FIXED -> column.value();
      case "number" -> item.number();
      case "requestNumber" -> requestNumbers.apply(item.requestId());
      case "memberId" -> item.memberId();
      case "memberName" -> memberNames.apply(item.memberId());
      case "auctionId" -> price == null ? null : price.auctionId();
      case "listedAt" -> price == null ? null : Cells.dateTime(price.listedAt());
      case "currentBid" -> price == null ? null : price.currentBid();
      case "endsAt" -> price == null ? null : Cells.dateTime(price.endsAt());
      case "hammerPrice" -> price == null ? null : price.hammerPrice();
      case "createdAt" -> Cells.dateTime(item.createdAt());
      case "updatedAt" -> Cells.dateTime(item.updatedAt());
      case "photoCount" -> (long) item.photos().size();
      case "yahooCondition" -> YahooCondition.of(item.values().get("condition"));
      default -> {
        int photo = ItemSources.photoPosition(source);
        yield photo > 0 ? photoFileName(item, photo) : Cells.of(item.values().get(source));
      }
    };
  }

  /**
   * The file name the item's n-th photo has in a photo bundle for the marketplace: the item number,
   * the position and the type's extension ({@code I-000123-1.jpg}).
   */
  static String photoFileName(Item item, int position) {
    if (item.photos().size() < position) {
      return null;
    }
    Photo photo = item.photos().get(position - 1);
    return item.number() + "-" + position + "." + extension(photo.contentType());
  }

  private static String extension(String contentType) {
    if (contentType == null) {
      return "bin";
    }
    return switch (contentType.toLowerCase(java.util.Locale.ROOT)) {
      case "image/jpeg" -> "jpg";
      case "image/png" -> "png";
      case "image/heic" -> "heic";
      case "image/heif" -> "heif";
      case "image/webp" -> "webp";
      default -> "bin";
    };
  }

  private static Function<String, String> cached(Function<String, String> lookup) {
    Map<String, String> cache =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHED;
          }
        };
    return key -> {
      if (key == null) {
        return null;
      }
      if (cache.containsKey(key)) {
        return cache.get(key);
      }
      String value = lookup.apply(key);
      cache.put(key, value);
      return value;
    };
  }
}
