package jp.azukari.inquiry.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import jp.azukari.inquiry.report.InquiryFacts;
import jp.azukari.inquiry.report.InquiryRecords;
import jp.azukari.inquiry.timeline.CustomerDirectory;
import jp.azukari.inquiry.timeline.InquiryCustomer;
import jp.azukari.platform.web.CodedProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Starts the survey of a done inquiry (once), mails it as soon as an address is known, and takes
 * the customer's answer through the random token of its link.
 */
@Service
class Surveys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final MongoTemplate mongo;
  private final CustomerDirectory directory;
  private final InquiryRecords records;
  private final Clock clock;
  private final String shopName;
  private final String memberWebUrl;
  private final String mailDomain;
  private final Duration validFor;

  Surveys(
      MongoTemplate mongo,
      CustomerDirectory directory,
      InquiryRecords records,
      Clock clock,
      @Value("${azukari.inquiry.shop-name:Azukari}") String shopName,
      @Value("${azukari.inquiry.member-web-url:http://localhost:8080}") String memberWebUrl,
      @Value("${azukari.inquiry.mail-domain:azukari.example}") String mailDomain,
      @Value("${azukari.inquiry.survey-valid-for:60d}") Duration validFor) {
    this.mongo = mongo;
    this.directory = directory;
    this.records = records;
    this.clock = clock;
    this.shopName = shopName;
    this.memberWebUrl = memberWebUrl.replaceAll("/+$", "");
    this.mailDomain = mailDomain;
    this.validFor = validFor;
  }

  /** An inquiry was done without the survey suppressed: at most one survey per inquiry. */
  void done(String inquiryId, String memberId) {
    if (mongo.findById(inquiryId, Survey.class) != null) {
      return;
    }
    String number = directory.ofInquiry(inquiryId).map(InquiryCustomer::number).orElse(null);
    Survey survey = Survey.start(inquiryId, number, memberId, token(), clock.instant());
    mailIfAddressKnown(survey);
    try {
      mongo.insert(survey);
    } catch (DuplicateKeyException startedConcurrently) {
      // The same inquiry's survey was started by a redelivered event: it exists, once.
    }
  }

  /** A reply went to an address: a survey waiting for one goes out now. */
  void addressKnown(String inquiryId) {
    Survey survey = mongo.findById(inquiryId, Survey.class);
    if (survey != null && survey.state() == Survey.State.AWAITING_ADDRESS) {
      if (mailIfAddressKnown(survey)) {
        mongo.save(survey);
      }
    }
  }

  private boolean mailIfAddressKnown(Survey survey) {
    SurveyContact contact = mongo.findById(survey.inquiryId(), SurveyContact.class);
    String address = contact == null ? null : contact.toAddress();
    String name = contact == null ? null : contact.toName();
    String language = contact == null ? null : contact.language();
    if (survey.memberId() != null) {
      if (address == null) {
        address = directory.memberEmail(survey.memberId());
      }
      String memberName = directory.memberName(survey.memberId());
      name = memberName != null ? memberName : name;
    }
    if (address == null) {
      return false;
    }
    var mail =
        SurveyMail.of(
            address,
            name,
            language,
            survey.number(),
            shopName,
            memberWebUrl + "/survey/" + survey.token(),
            mailDomain);
    return survey.send(mail, clock.instant());
  }

  SurveyPage page(String token) {
    Survey survey = byToken(token);
    return new SurveyPage(
        survey.number(), shopName, survey.state() == Survey.State.ANSWERED, survey.score());
  }

  SurveyPage answer(String token, int score, String comment) {
    Survey survey = byToken(token);
    if (survey.state() == Survey.State.ANSWERED) {
      throw problem(
          HttpStatus.CONFLICT, "survey-answered", "This survey was answered already. Thank you!");
    }
    InquiryFacts facts =
        records
            .find(survey.inquiryId())
            .orElse(new InquiryFacts(survey.inquiryId(), survey.number(), null, null, List.of()));
    survey.answer(
        score,
        comment == null || comment.isBlank() ? null : comment.strip(),
        facts.assigneeId(),
        facts.assigneeName(),
        facts.labels(),
        clock.instant());
    mongo.save(survey);
    return page(token);
  }

  private Survey byToken(String token) {
    Survey survey =
        token == null || token.length() > 100
            ? null
            : mongo.findOne(Query.query(Criteria.where("token").is(token)), Survey.class);
    if (survey == null || survey.state() == Survey.State.AWAITING_ADDRESS) {
      throw problem(HttpStatus.NOT_FOUND, "survey-not-found", "There is no such survey.");
    }
    if (survey.state() == Survey.State.SENT
        && survey.sentAt().plus(validFor).isBefore(clock.instant())) {
      throw problem(HttpStatus.GONE, "survey-expired", "This survey is closed.");
    }
    return survey;
  }

  private static ErrorResponseException problem(HttpStatus status, String code, String detail) {
    return new ErrorResponseException(status, CodedProblems.of(status, code, detail), null);
  }

  /** 256 random bits, URL-safe: a link nobody can guess. */
  private static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
