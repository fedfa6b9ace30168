package jp.azukari.inquiry.survey;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where the shop's replies about an inquiry went ({@code InquiryMailRequested(REPLY)} on {@code
 * inquiry.mails}): the survey goes to the same address, name and language.
 */
@Document("survey_contacts")
record SurveyContact(
    @Id String inquiryId, String toAddress, String toName, String language, String memberId) {}
