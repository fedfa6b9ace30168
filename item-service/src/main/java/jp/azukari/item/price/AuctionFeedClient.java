package jp.azukari.item.price;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads pages of the auction system's price feed. A request is retried a few times with growing
 * pauses while the auction system is unreachable, too slow or failing on its side (5xx, 429),
 * behind a circuit breaker that stops calling it for a while when it keeps failing; either way the
 * caller gets {@link AuctionSystemUnavailable}. An answer about the request itself (another 4xx) or
 * one that is not a feed page is {@link FeedRefused} and is not retried.
 */
@Component
class AuctionFeedClient {

  private static final Logger log = LoggerFactory.getLogger(AuctionFeedClient.class);
  static final String NAME = "auction-feed";

  private final RestClient rest;
  private final Retry retry;
  private final CircuitBreaker breaker;
  private final Duration readTimeout;
  private volatile String lastOutage = "unknown";

  AuctionFeedClient(AuctionProperties properties, JsonMapper json, MeterRegistry meters) {
    var http =
        HttpClient.newBuilder()
            .connectTimeout(properties.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.readTimeout = properties.readTimeout();
    var requests = new JdkClientHttpRequestFactory(http);
    requests.setReadTimeout(properties.readTimeout());
    this.rest =
        RestClient.builder()
            .baseUrl(properties.url())
            .requestFactory(requests)
            .configureMessageConverters(
                converters ->
                    converters.withJsonConverter(new JacksonJsonHttpMessageConverter(json)))
            .build();
    var retries =
        RetryRegistry.of(
            RetryConfig.custom()
                .maxAttempts(Math.max(1, properties.retryAttempts()))
                .intervalFunction(
                    IntervalFunction.ofExponentialBackoff(properties.retryBackoff(), 2))
                .retryOnException(AuctionFeedClient::isOutage)
                .build());
    var breakers =
        CircuitBreakerRegistry.of(
            CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(properties.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(AuctionFeedClient::isOutage)
                .build());
    this.retry = retries.retry(NAME);
    this.breaker = breakers.circuitBreaker(NAME);
    this.breaker
        .getEventPublisher()
        .onStateTransition(
            event -> {
              var transition = event.getStateTransition();
              // Open -> half open -> open repeats while an outage lasts: only the ends are news.
              if (transition.getToState() == CircuitBreaker.State.OPEN
                      && transition.getFromState() == CircuitBreaker.State.CLOSED
                  || transition.getToState() == CircuitBreaker.State.CLOSED) {
                log.info("Auction feed circuit breaker {}", transition);
              } else {
                log.debug("Auction feed circuit breaker {}", transition);
              }
            });
    TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
    TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
  }

  /**
   * The feed's changes after {@code since}.
   *
   * @param since a cursor of an earlier answer, or {@code null} for the feed from its beginning
   * @throws AuctionSystemUnavailable if the auction system cannot answer now
   * @throws FeedRefused if it answers, but not with a feed page
   */
  FeedPage fetch(String since, int limit) {
    Supplier<FeedPage> guarded =
        Retry.decorateSupplier(
            retry, CircuitBreaker.decorateSupplier(breaker, () -> attempt(since, limit)));
    try {
      return guarded.get();
    } catch (CallNotPermittedException open) {
      throw new AuctionSystemUnavailable(
          "it keeps failing (last: " + lastOutage + "); not calling it for now", open);
    } catch (RestClientException e) {
      if (isOutage(e)) {
        throw new AuctionSystemUnavailable(reason(e), e);
      }
      if (e instanceof HttpStatusCodeException answered) {
        throw new FeedRefused(
            answered.getStatusCode().value(), "it answers " + answered.getStatusCode());
      }
      throw new FeedRefused(0, "not a feed page: " + rootMessage(e));
    }
  }

  /** One call; remembers why it failed, for when the breaker answers instead of the next one. */
  private FeedPage attempt(String since, int limit) {
    try {
      return fetchOnce(since, limit);
    } catch (RestClientException e) {
      if (isOutage(e)) {
        lastOutage = reason(e);
      }
      throw e;
    }
  }

  private FeedPage fetchOnce(String since, int limit) {
    FeedPage page =
        rest.get()
            .uri(
                uri -> {
                  uri.path("/api/feed").queryParam("limit", limit);
                  if (since != null) {
                    uri.queryParam("since", "{since}");
                    return uri.build(since);
                  }
                  return uri.build();
                })
            .accept(MediaType.APPLICATION_JSON)
            .retrieve()
            .body(FeedPage.class);
    if (page == null || page.cursor() == null || page.cursor().isBlank()) {
      throw new RestClientException("the answer has no cursor");
    }
    return page;
  }

  /** CLOSED, OPEN, HALF_OPEN, ... */
  String circuitState() {
    return breaker.getState().name();
  }

  /**
   * Unreachable, timed out, cut off or failing on its side, as opposed to refusing the request or
   * answering something that is not a feed page.
   */
  static boolean isOutage(Throwable e) {
    if (e instanceof ResourceAccessException) {
      return true;
    }
    if (e instanceof HttpStatusCodeException answered) {
      return answered.getStatusCode().is5xxServerError()
          || answered.getStatusCode().value() == HttpStatus.TOO_MANY_REQUESTS.value();
    }
    // An answer cut off while it was read (the read timeout closes the stream).
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  /** What went wrong in a few words, e.g. "no answer within 5s" or "it answers 503". */
  private String reason(RestClientException e) {
    if (e instanceof HttpStatusCodeException answered) {
      return "it answers " + answered.getStatusCode();
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
        return "no answer within " + readTimeout.toMillis() + " ms";
      }
      if (cause instanceof ConnectException) {
        return "cannot connect (" + rootMessage(e) + ")";
      }
    }
    return rootMessage(e);
  }

  /** The innermost cause's class and words, e.g. "ClosedChannelException". */
  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null || message.isBlank()
        ? root.getClass().getSimpleName()
        : root.getClass().getSimpleName() + ": " + message;
  }

  /** The auction system does not answer now: unreachable, too slow, failing, or breaker open. */
  static class AuctionSystemUnavailable extends RuntimeException {
    AuctionSystemUnavailable(String message, Throwable cause) {
      super(message, cause, false, false);
    }
  }

  /** The auction system answered, but not with a feed page ({@code status} 0: unreadable). */
  static class FeedRefused extends RuntimeException {
    private final int status;

    FeedRefused(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }

    int status() {
      return status;
    }
  }
}
