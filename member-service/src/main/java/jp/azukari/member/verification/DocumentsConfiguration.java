package jp.azukari.member.verification;

import java.util.regex.Pattern;
import jp.azukari.platform.upload.UploadLimit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentProperties.class)
class DocumentsConfiguration {

  /** Identity document uploads are refused early when over the size limit. */
  @Bean
  UploadLimit documentUploads(DocumentProperties properties) {
    return new UploadLimit(
        Pattern.compile(Pattern.quote("/api/members/me/documents")),
        properties.maxSize(),
        () -> Problems.tooLarge(properties));
  }
}
