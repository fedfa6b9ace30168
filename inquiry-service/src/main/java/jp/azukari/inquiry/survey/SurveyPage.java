package jp.azukari.inquiry.survey;

/** What the public survey page shows: which inquiry, and whether (and how) it was answered. */
record SurveyPage(String number, String shopName, boolean answered, Integer score) {}
