package jp.azukari.item.item;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The items of every request. */
public interface ItemRepository extends MongoRepository<Item, String> {

  Optional<Item> findByNumber(String number);

  List<Item> findByRequestIdOrderByNumber(String requestId);

  List<Item> findByMemberIdOrderByCreatedAtDesc(String memberId);

  /** The items a member consigned with one request that are still on it, by number. */
  List<Item> findByMemberIdAndRequestIdAndRemovedAtIsNullOrderByNumber(
      String memberId, String requestId);

  /** The items a member consigned that are still on their requests, newest first. */
  List<Item> findByMemberIdAndRemovedAtIsNullOrderByCreatedAtDesc(String memberId);
}
