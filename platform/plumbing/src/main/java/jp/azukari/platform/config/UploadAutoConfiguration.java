package jp.azukari.platform.config;

import java.util.List;
import jp.azukari.platform.upload.GridFsContentStore;
import jp.azukari.platform.upload.UploadLimit;
import jp.azukari.platform.upload.UploadProblems;
import jp.azukari.platform.upload.UploadSizeFilter;
import jp.azukari.platform.web.ProblemDetailsWriter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;

/**
 * File uploads, for services that take them: the GridFS store, and, once a service declares an
 * {@link UploadLimit}, the early size check and the multipart problems.
 */
@AutoConfiguration(
    after = PlatformAutoConfiguration.class,
    afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
public class UploadAutoConfiguration {

  @Bean
  @ConditionalOnBean(GridFsTemplate.class)
  @ConditionalOnMissingBean
  GridFsContentStore gridFsContentStore(GridFsTemplate gridFs) {
    return new GridFsContentStore(gridFs);
  }

  @Bean
  @ConditionalOnBean(UploadLimit.class)
  UploadSizeFilter uploadSizeFilter(List<UploadLimit> limits, ProblemDetailsWriter problems) {
    return new UploadSizeFilter(limits, problems);
  }

  @Bean
  @ConditionalOnBean(UploadLimit.class)
  UploadProblems uploadProblems(List<UploadLimit> limits) {
    return new UploadProblems(limits);
  }
}
