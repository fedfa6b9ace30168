package jp.azukari.item.item;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.azukari.item.field.Audience;
import jp.azukari.item.field.FieldCatalogue;
import jp.azukari.item.field.ItemFields;
import jp.azukari.item.item.ItemView.PhotoView;
import jp.azukari.item.item.ItemView.PriceView;
import jp.azukari.item.member.MemberRecord;
import jp.azukari.item.member.MemberRecords;
import jp.azukari.item.request.RequestRecord;
import jp.azukari.item.request.RequestRecords;
import org.springframework.stereotype.Component;

/**
 * Turns items into views: the member's name and the request's number from this service's read
 * models (looked up once per page), values filtered for the audience, required fields still
 * missing.
 */
@Component
public class ItemViews {

  private final ItemFields fields;
  private final MemberRecords members;
  private final RequestRecords requests;

  ItemViews(ItemFields fields, MemberRecords members, RequestRecords requests) {
    this.fields = fields;
    this.members = members;
    this.requests = requests;
  }

  public ItemView of(Item item, Audience audience) {
    return of(List.of(item), audience).getFirst();
  }

  public List<ItemView> of(List<Item> items, Audience audience) {
    Map<String, MemberRecord> memberById =
        byId(members.findAllById(ids(items, Item::memberId)), MemberRecord::id);
    Map<String, RequestRecord> requestById =
        byId(requests.findAllById(ids(items, Item::requestId)), RequestRecord::id);
    FieldCatalogue catalogue = fields.catalogue();
    return items.stream()
        .map(
            item -> {
              MemberRecord member = memberById.get(item.memberId());
              RequestRecord request = requestById.get(item.requestId());
              return new ItemView(
                  item.id(),
                  item.number(),
                  item.requestId(),
                  request == null ? null : request.number(),
                  item.memberId(),
                  member == null ? null : member.displayName(),
                  catalogue.visibleValues(item.values(), audience),
                  catalogue.missingRequired(item.values(), audience),
                  item.photos().stream().map(PhotoView::of).toList(),
                  PriceView.of(item.price()),
                  item.createdAt(),
                  item.updatedAt(),
                  item.version() == null ? 0 : item.version());
            })
        .toList();
  }

  private static List<String> ids(List<Item> items, Function<Item, String> id) {
    return items.stream().map(id).filter(java.util.Objects::nonNull).distinct().toList();
  }

  private static <T> Map<String, T> byId(Collection<T> records, Function<T, String> id) {
    return records.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
  }
}
