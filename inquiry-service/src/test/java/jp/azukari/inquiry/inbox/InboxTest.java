package jp.azukari.inquiry.inbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestClock;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * An inbox test: the whole inquiry-service against in-process Kafka, MongoDB and token issuer, with
 * a clock tests move forward and a recording stand-in for the acknowledgements. Every test class
 * shares one running service; tests make their own inquiries and never count all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServiceTest
@Import({TestClock.Configuration.class, RecordingAcknowledgements.Configuration.class})
@TestPropertySource(
    properties = {"azukari.events.relay-interval=100ms", "azukari.inquiry.guest.max-per-window=3"})
public @interface InboxTest {}
