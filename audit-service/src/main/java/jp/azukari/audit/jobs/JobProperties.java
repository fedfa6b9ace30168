package jp.azukari.audit.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Heartbeats of background jobs (verifications, exports).
 *
 * @param heartbeat how often the instance running a job says it still does
 * @param timeout a RUNNING job silent for longer is taken as dead with its instance and FAILED
 */
@ConfigurationProperties("azukari.audit.jobs")
public record JobProperties(
    @DefaultValue("PT10S") Duration heartbeat, @DefaultValue("PT2M") Duration timeout) {}
