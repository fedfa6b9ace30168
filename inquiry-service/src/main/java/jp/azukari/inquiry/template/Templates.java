package jp.azukari.inquiry.template;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.azukari.inquiry.timeline.CustomerDirectory;
import jp.azukari.inquiry.timeline.InquiryCustomer;
import jp.azukari.platform.web.IfMatch;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The team's reply templates: kept, suggested for an inquiry and filled from live data (this
 * service's own projections of member, workflow and item events).
 */
@Service
class Templates {

  static final int SUGGESTIONS = 5;

  private final MongoTemplate mongo;
  private final CustomerDirectory directory;
  private final Clock clock;
  private final String shopName;

  Templates(
      MongoTemplate mongo,
      CustomerDirectory directory,
      Clock clock,
      @Value("${azukari.inquiry.shop-name:Azukari}") String shopName) {
    this.mongo = mongo;
    this.directory = directory;
    this.clock = clock;
    this.shopName = shopName;
  }

  List<ReplyTemplate> list(String category) {
    var criteria = Criteria.where("removed").is(false);
    if (category != null && !category.isBlank()) {
      criteria = criteria.and("category").is(category);
    }
    return mongo.find(Query.query(criteria), ReplyTemplate.class).stream()
        .sorted(Comparator.comparing(ReplyTemplate::category).thenComparing(ReplyTemplate::name))
        .toList();
  }

  ReplyTemplate get(String id) {
    ReplyTemplate template = mongo.findById(id, ReplyTemplate.class);
    if (template == null || template.removed()) {
      throw TemplateProblems.notFound("template");
    }
    return template;
  }

  ReplyTemplate create(TemplateContent content) {
    checkPlaceholders(content);
    return mongo.insert(
        ReplyTemplate.create(UUID.randomUUID().toString(), content, clock.instant()));
  }

  ReplyTemplate edit(String id, String ifMatch, TemplateContent content) {
    IfMatch.version(ifMatch);
    ReplyTemplate template = get(id);
    IfMatch.check(template, ifMatch);
    checkPlaceholders(content);
    if (!template.edit(content, clock.instant())) {
      return template;
    }
    return mongo.save(template);
  }

  void remove(String id, String ifMatch) {
    IfMatch.version(ifMatch);
    ReplyTemplate template = get(id);
    IfMatch.check(template, ifMatch);
    template.remove(clock.instant());
    mongo.save(template);
  }

  /** Stores the default templates unless they (or any template) exist already. */
  void seedDefaults() {
    if (mongo.count(new Query(), ReplyTemplate.class) > 0) {
      return;
    }
    var defaults = DefaultTemplates.all();
    for (int i = 0; i < defaults.size(); i++) {
      try {
        mongo.insert(ReplyTemplate.create("default-" + (i + 1), defaults.get(i), clock.instant()));
      } catch (DuplicateKeyException seededByAnotherInstance) {
        // The same default, stored by another instance starting at the same time.
      }
    }
  }

  List<Suggester.Suggestion> suggest(String inquiryId, String subject, String body) {
    String about = subject;
    if ((about == null || about.isBlank()) && inquiryId != null) {
      about = directory.ofInquiry(inquiryId).map(InquiryCustomer::subject).orElse("");
    }
    List<Suggester.Candidate> candidates = new ArrayList<>();
    for (ReplyTemplate template : list(null)) {
      List<String> keywords = new ArrayList<>(template.keywords());
      keywords.add(template.category());
      candidates.add(new Suggester.Candidate(template.id(), template.name(), keywords));
    }
    return Suggester.suggest(candidates, about, body, SUGGESTIONS);
  }

  /** The template filled for the inquiry's customer; unknown facts become empty text. */
  RenderedTemplate render(String inquiryId, String templateId) {
    ReplyTemplate template = get(templateId);
    InquiryCustomer customer =
        directory.ofInquiry(inquiryId).orElseThrow(() -> TemplateProblems.notFound("inquiry"));
    Map<String, String> values = new HashMap<>();
    values.put(Placeholders.SHOP_NAME, shopName);
    values.put(Placeholders.CUSTOMER_NAME, customer.name() == null ? "お客" : customer.name());
    directory
        .latestRequest(customer.memberId(), customer.language())
        .ifPresent(
            request -> {
              values.put(Placeholders.REQUEST_NUMBER, request.number());
              values.put(Placeholders.STATUS, request.statusLabel());
              values.put(Placeholders.ITEM_NAMES, String.join("、", request.itemNames()));
            });
    return new RenderedTemplate(
        Placeholders.fill(template.subject(), values), Placeholders.fill(template.body(), values));
  }

  private static void checkPlaceholders(TemplateContent content) {
    List<String> unknown = new ArrayList<>(Placeholders.unknown(content.subject()));
    for (String name : Placeholders.unknown(content.body())) {
      if (!unknown.contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw TemplateProblems.unknownPlaceholders(unknown);
    }
  }
}
