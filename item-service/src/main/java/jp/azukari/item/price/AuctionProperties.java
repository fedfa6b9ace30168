package jp.azukari.item.price;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How item-service reads the external auction system's price feed ({@code GET
 * <url>/api/feed?since=<cursor>&limit=<n>}).
 *
 * @param url the auction system's base URL (env {@code AUCTION_URL})
 * @param enabled whether this service polls the feed at all
 * @param pollInterval pause between two polls (also read by the scheduler)
 * @param pageSize updates asked for per request (1 to 500)
 * @param maxPagesPerPoll pages read in one poll at most; a longer backlog goes on at the next poll
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 * @param retryAttempts attempts per request while the auction system is unreachable or failing
 * @param retryBackoff pause before the first retry, doubled before each further one
 * @param breakerOpenFor how long the circuit breaker stops calling once the auction system keeps
 *     failing, before one trial call
 */
@ConfigurationProperties("azukari.auction")
record AuctionProperties(
    @DefaultValue("http://localhost:8090") String url,
    @DefaultValue("true") boolean enabled,
    @DefaultValue("5s") Duration pollInterval,
    @DefaultValue("100") int pageSize,
    @DefaultValue("50") int maxPagesPerPoll,
    @DefaultValue("2s") Duration connectTimeout,
    @DefaultValue("5s") Duration readTimeout,
    @DefaultValue("3") int retryAttempts,
    @DefaultValue("500ms") Duration retryBackoff,
    @DefaultValue("30s") Duration breakerOpenFor) {}
