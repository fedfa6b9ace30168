package jp.azukari.item.item;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The items of every request. */
public interface ItemRepository extends MongoRepository<Item, String> {

  Optional<Item> findByNumber(String number);

  List<Item> findByRequestIdOrderByNumber(String requestId);

  List<Item> findByMemberIdOrderByCreatedAtDesc(String memberId);
}
