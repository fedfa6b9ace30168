package jp.azukari.item.photo;

import java.util.regex.Pattern;
import jp.azukari.platform.upload.UploadLimit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PhotoProperties.class)
class PhotosConfiguration {

  /** Photo uploads, the member's and staff's, are refused early when over the size limit. */
  @Bean
  UploadLimit photoUploads(PhotoProperties properties) {
    return new UploadLimit(
        Pattern.compile("^/api/items/(?:me/)?[^/]+/photos/?$"),
        properties.maxSize(),
        () -> PhotoProblems.tooLarge(properties));
  }
}
