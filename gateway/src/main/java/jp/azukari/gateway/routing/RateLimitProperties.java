package jp.azukari.gateway.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param requestsPerMinute API requests one client (logged-in user, or address when anonymous) may
 *     make per minute, across all gateway instances
 */
@ConfigurationProperties("azukari.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("600") int requestsPerMinute) {}
