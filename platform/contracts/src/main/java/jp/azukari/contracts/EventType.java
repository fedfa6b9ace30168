package jp.azukari.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The CloudEvents {@code type} of an event record, e.g. {@code member.RegistrationStarted}, and
 * optionally the topic it goes to.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

  String value();

  /**
   * The topic of this event when it must not go to the service's own {@code <service>.events}
   * topic; empty (the default) means that topic. Messages carrying secrets (a confirmation link's
   * token) go to a topic outside {@link Topics#ALL_EVENTS_PATTERN}, so the audit log never sees
   * them.
   */
  String topic() default "";
}
