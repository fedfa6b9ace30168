package jp.azukari.notification.template;

/** A mail's subject and bodies, rendered from its templates. */
public record RenderedMail(String subject, String text, String html) {}
