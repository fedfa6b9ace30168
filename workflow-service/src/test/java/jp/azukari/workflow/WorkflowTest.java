package jp.azukari.workflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestClock;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A workflow-service test: the whole service against in-process Kafka, MongoDB and token issuer
 * ({@link ServiceTest}), with a {@link TestClock} to move time. Every test class shares one running
 * service; tests create their own members and requests and never rely on counts of all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServiceTest
@Import(TestClock.Configuration.class)
@TestPropertySource(
    properties = {
      // Tests announce overdue requests themselves, at the moment they choose.
      "azukari.workflow.overdue-check-interval=1h",
      "azukari.events.relay-interval=100ms"
    })
public @interface WorkflowTest {}
