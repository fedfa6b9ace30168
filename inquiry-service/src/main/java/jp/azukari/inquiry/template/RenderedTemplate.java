package jp.azukari.inquiry.template;

/** A template filled for one inquiry: the text to put in the reply box. */
record RenderedTemplate(String subject, String text) {}
