package jp.azukari.item.export;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.azukari.platform.web.ProblemDetailsAdvice.FieldError;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Which items to export with which profile: the items staff ticked ({@code itemIds}), or those a
 * filter finds ({@code filter}: a request, listed or not, a search text; an empty filter is every
 * item). Exactly one of the two.
 */
record ExportRequest(
    @NotBlank String profileId, List<@NotBlank String> itemIds, @Valid Filter filter) {

  /** The staff item list's filter. */
  record Filter(String requestId, Boolean listed, @Size(max = 100) String q) {}

  List<FieldError> problems(int maxItemIds) {
    var errors = new ArrayList<FieldError>();
    if ((itemIds == null) == (filter == null)) {
      errors.add(
          new FieldError(
              "itemIds", "selection.oneOf", "Send either itemIds or a filter, not both."));
    } else if (itemIds != null && (itemIds.isEmpty() || itemIds.size() > maxItemIds)) {
      errors.add(
          new FieldError(
              "itemIds",
              "itemIds.size",
              "List 1 to " + maxItemIds + " items, or export by a filter."));
    }
    return errors;
  }

  /** The items in item number order. */
  Query query() {
    var criteria = new ArrayList<Criteria>();
    if (itemIds != null) {
      criteria.add(Criteria.where("_id").in(itemIds));
    } else {
      if (filter.requestId() != null && !filter.requestId().isBlank()) {
        criteria.add(Criteria.where("requestId").is(filter.requestId()));
      }
      if (filter.listed() != null) {
        criteria.add(
            filter.listed() ? Criteria.where("price").ne(null) : Criteria.where("price").is(null));
      }
      if (filter.q() != null && !filter.q().isBlank()) {
        Pattern text = Pattern.compile(Pattern.quote(filter.q().strip()), Pattern.CASE_INSENSITIVE);
        criteria.add(
            new Criteria()
                .orOperator(
                    Criteria.where("number").regex(text),
                    Criteria.where("values.name").regex(text),
                    Criteria.where("values.title").regex(text),
                    Criteria.where("values.brand").regex(text)));
      }
    }
    Query query =
        criteria.isEmpty()
            ? new Query()
            : Query.query(new Criteria().andOperator(criteria.toArray(Criteria[]::new)));
    return query.with(Sort.by("number"));
  }
}
