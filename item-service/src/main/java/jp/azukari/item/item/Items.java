package jp.azukari.item.item;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.azukari.item.field.Audience;
import jp.azukari.item.field.FieldCatalogue;
import jp.azukari.item.field.ItemFields;
import jp.azukari.item.request.RequestRecord;
import jp.azukari.item.request.RequestRecords;
import jp.azukari.item.request.RequestStatuses;
import jp.azukari.platform.sequence.NumberSequence;
import jp.azukari.platform.sequence.Sequences;
import jp.azukari.platform.web.IfMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The items of requests, and who may do what with them. Members reach only items of their own
 * requests (the member id always comes from their token; anything else is answered as unknown),
 * write only member-editable fields, and change nothing once the request is closed; they remove an
 * item only until the shop has received the request's items. Staff reach every item and field.
 */
@Service
public class Items {

  private static final Logger log = LoggerFactory.getLogger(Items.class);

  private final ItemRepository items;

  /** Item numbers, {@code I-000001}: printed on the label, the auction system's {@code itemRef}. */
  private final NumberSequence numbers;

  private final ItemFields fields;
  private final RequestRecords requests;
  private final RequestStatuses statuses;
  private final ApplicationEventPublisher inProcess;
  private final Clock clock;

  Items(
      ItemRepository items,
      Sequences sequences,
      ItemFields fields,
      RequestRecords requests,
      RequestStatuses statuses,
      ApplicationEventPublisher inProcess,
      Clock clock) {
    this.items = items;
    this.numbers = sequences.numbered("item-number", "I");
    this.fields = fields;
    this.requests = requests;
    this.statuses = statuses;
    this.inProcess = inProcess;
    this.clock = clock;
  }

  /** The member's items, of one of their requests when {@code requestId} is given. */
  List<Item> ownItems(String memberId, String requestId) {
    if (requestId == null || requestId.isBlank()) {
      return items.findByMemberIdAndRemovedAtIsNullOrderByCreatedAtDesc(memberId);
    }
    ownRequest(memberId, requestId);
    return items.findByMemberIdAndRequestIdAndRemovedAtIsNullOrderByNumber(memberId, requestId);
  }

  /** One of the member's own items; 404 for anyone else's. */
  public Item ownItem(String memberId, String itemId) {
    Item item = item(itemId);
    if (!memberId.equals(item.memberId())) {
      throw ItemProblem.itemUnknown();
    }
    return item;
  }

  /** Any item that is on its request; 404 otherwise. */
  public Item item(String itemId) {
    return items
        .findById(itemId)
        .filter(item -> !item.removed())
        .orElseThrow(ItemProblem::itemUnknown);
  }

  /**
   * Refuses a member's change to one of their items once the request is closed (or unknown).
   *
   * @return the item's request
   */
  public RequestRecord checkMemberMayChange(Item item) {
    RequestRecord request =
        requests.findById(item.requestId()).orElseThrow(ItemProblem::requestUnknown);
    if (statuses.closed(request)) {
      throw ItemProblem.requestClosed(request.status());
    }
    return request;
  }

  /** A member adds an item to one of their open requests, with member-editable values only. */
  Item createForMember(String memberId, String requestId, Map<String, Object> values) {
    RequestRecord request = ownRequest(memberId, requestId);
    if (statuses.closed(request)) {
      throw ItemProblem.requestClosed(request.status());
    }
    return create(request, values, Audience.MEMBER);
  }

  /** Staff add an item to any request known here, with any values. */
  Item createForStaff(String requestId, Map<String, Object> values) {
    if (requestId == null || requestId.isBlank()) {
      throw ItemProblem.requestIdMissing();
    }
    RequestRecord request = requests.findById(requestId).orElseThrow(ItemProblem::requestUnknown);
    return create(request, values, Audience.STAFF);
  }

  /** A member changes member-editable values of their item while its request is open. */
  Item changeForMember(String memberId, String itemId, String ifMatch, Map<String, Object> values) {
    IfMatch.version(ifMatch);
    Item item = ownItem(memberId, itemId);
    checkMemberMayChange(item);
    return change(item, ifMatch, values, Audience.MEMBER);
  }

  /** Staff change any values of any item. */
  Item changeForStaff(String itemId, String ifMatch, Map<String, Object> values) {
    IfMatch.version(ifMatch);
    return change(item(itemId), ifMatch, values, Audience.STAFF);
  }

  /**
   * A member takes an item off their open request, until the shop has received the request's items.
   * An {@code If-Match} is checked when given.
   */
  void removeForMember(String memberId, String itemId, String ifMatch) {
    Item item = ownItem(memberId, itemId);
    RequestRecord request = checkMemberMayChange(item);
    if (request.itemsReceived()) {
      throw ItemProblem.itemsReceived();
    }
    if (ifMatch != null && !ifMatch.isBlank()) {
      IfMatch.check(item, ifMatch);
    }
    List<Photo> photos = item.photos();
    item.remove(now());
    items.save(item);
    log.info("Item {} removed from request {} by its member", item.number(), item.requestId());
    inProcess.publishEvent(new ItemRemoved(item.id(), photos));
  }

  public Item save(Item item) {
    return items.save(item);
  }

  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private RequestRecord ownRequest(String memberId, String requestId) {
    if (requestId == null || requestId.isBlank()) {
      throw ItemProblem.requestIdMissing();
    }
    return requests
        .findById(requestId)
        .filter(request -> request.of(memberId))
        .orElseThrow(ItemProblem::requestUnknown);
  }

  private Item create(RequestRecord request, Map<String, Object> given, Audience audience) {
    FieldCatalogue catalogue = fields.catalogue();
    Map<String, Object> values = new LinkedHashMap<>(catalogue.initialValues());
    catalogue
        .coerce(given, audience)
        .forEach(
            (key, value) -> {
              if (value == null) {
                values.remove(key);
              } else {
                values.put(key, value);
              }
            });
    Item item =
        Item.create(
            UUID.randomUUID().toString(),
            numbers.next(),
            request.id(),
            request.memberId(),
            values,
            now());
    Item saved = items.insert(item);
    log.info("Item {} added to request {}", saved.number(), request.number());
    return saved;
  }

  private Item change(Item item, String ifMatch, Map<String, Object> given, Audience audience) {
    IfMatch.check(item, ifMatch);
    Map<String, Object> values = fields.catalogue().coerce(given, audience);
    if (!item.changeValues(values, now())) {
      return item;
    }
    // Saved on the version checked above: a concurrent save makes this one fail with 409.
    return items.save(item);
  }
}
