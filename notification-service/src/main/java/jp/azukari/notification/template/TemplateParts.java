package jp.azukari.notification.template;

/** The three templates of a mail: subject, plain text and HTML. */
public record TemplateParts(String subject, String text, String html) {}
