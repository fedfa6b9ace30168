package jp.azukari.item.export;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the exports ({@code azukari.item.exports.*}).
 *
 * @param concurrentRuns exports running at once on one instance; later ones wait their turn
 * @param keepFilesFor how long a finished export's file stays downloadable
 * @param staleAfter a running export whose heartbeat is older than this is taken as interrupted
 *     (its instance stopped) and marked failed
 * @param maxItemIds most item ids one export may list; larger exports use a filter
 */
@ConfigurationProperties("azukari.item.exports")
record ExportProperties(
    Integer concurrentRuns, Duration keepFilesFor, Duration staleAfter, Integer maxItemIds) {

  ExportProperties {
    concurrentRuns = concurrentRuns == null ? 2 : concurrentRuns;
    keepFilesFor = keepFilesFor == null ? Duration.ofDays(3) : keepFilesFor;
    staleAfter = staleAfter == null ? Duration.ofMinutes(2) : staleAfter;
    maxItemIds = maxItemIds == null ? 10_000 : maxItemIds;
  }
}
