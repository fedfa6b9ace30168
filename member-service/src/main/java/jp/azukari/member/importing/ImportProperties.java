package jp.azukari.member.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the bulk import ({@code azukari.member.imports.*}).
 *
 * @param maxFileSize largest file accepted; the multipart limit of the service must allow it
 * @param batchSize rows checked and written together
 * @param concurrentRuns imports running at once on one instance; later ones wait their turn
 */
@ConfigurationProperties("azukari.member.imports")
record ImportProperties(DataSize maxFileSize, Integer batchSize, Integer concurrentRuns) {

  ImportProperties {
    maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(50) : maxFileSize;
    batchSize = batchSize == null ? 500 : batchSize;
    concurrentRuns = concurrentRuns == null ? 2 : concurrentRuns;
  }
}
