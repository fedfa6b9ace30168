package jp.azukari.item.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.item.ItemChanged;
import jp.azukari.contracts.item.ItemCreated;
import jp.azukari.contracts.item.ItemPhotoAdded;
import jp.azukari.contracts.item.ItemPhotoRemoved;
import org.junit.jupiter.api.Test;

/** An item announces what changed, field by field, and nothing when nothing did. */
class ItemTest {

  static final Instant NOW = Instant.parse("2025-04-01T01:00:00Z");

  static Item item() {
    var values = new LinkedHashMap<String, Object>();
    values.put("name", "バッグ");
    values.put("quantity", 1L);
    return Item.create("item-1", "I-000001", "request-1", "member-1", values, NOW);
  }

  @Test
  void aNewItemIsAnnouncedWithEveryValueGiven() {
    var item = item();

    assertThat(item.registeredEvents())
        .containsExactly(
            new ItemCreated(
                "item-1",
                "I-000001",
                "request-1",
                "member-1",
                List.of(
                    new FieldChange("name", null, "バッグ"), new FieldChange("quantity", null, 1L))));
  }

  @Test
  void onlyValuesThatChangeAreAnnouncedAndNullClearsAField() {
    var item = item();
    var changed = new HashMap<String, Object>();
    changed.put("name", "バッグ");
    changed.put("brand", "エルメス");
    changed.put("quantity", null);

    assertThat(item.changeValues(changed, NOW.plusSeconds(60))).isTrue();
    assertThat(item.changeValues(Map.of("name", "バッグ"), NOW.plusSeconds(120))).isFalse();

    assertThat(item.values()).containsOnlyKeys("name", "brand");
    assertThat(item.updatedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(item.registeredEvents()).hasSize(2);
    var event = (ItemChanged) item.registeredEvents().getLast();
    assertThat(event.changes())
        .containsExactlyInAnyOrder(
            new FieldChange("brand", null, "エルメス"), new FieldChange("quantity", 1L, null));
  }

  @Test
  void photosComeAndGoWithTheirOwnEvents() {
    var item = item();
    item.addPhoto(new Photo("photo-1", "file-1", "image/jpeg", 1234, "member-1", NOW), NOW);

    assertThat(item.removePhoto("photo-2", NOW)).isEmpty();
    assertThat(item.removePhoto("photo-1", NOW)).isPresent();

    assertThat(item.photos()).isEmpty();
    assertThat(item.registeredEvents().subList(1, 3))
        .containsExactly(
            new ItemPhotoAdded("item-1", "member-1", "photo-1", "image/jpeg", 1234),
            new ItemPhotoRemoved("item-1", "member-1", "photo-1"));
  }

  @Test
  void aRemovedItemIsAnnouncedOnceWithItsValuesCleared() {
    var item = item();
    item.remove(NOW);
    item.remove(NOW.plusSeconds(1));

    assertThat(item.removed()).isTrue();
    assertThat(item.registeredEvents()).hasSize(2);
    assertThat(((ItemChanged) item.registeredEvents().getLast()).changes())
        .containsExactly(
            new FieldChange("removed", false, true),
            new FieldChange("name", "バッグ", null),
            new FieldChange("quantity", 1L, null));
  }
}
