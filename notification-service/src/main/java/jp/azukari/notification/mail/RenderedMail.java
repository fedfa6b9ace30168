package jp.azukari.notification.mail;

/** A mail's subject and bodies, rendered from its templates. */
record RenderedMail(String subject, String text, String html) {}
