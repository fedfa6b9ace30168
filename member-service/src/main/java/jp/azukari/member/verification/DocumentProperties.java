package jp.azukari.member.verification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Identity document uploads.
 *
 * @param maxSize the largest file accepted ({@code azukari.documents.max-size}, 10MB by default:
 *     phone photos are 2 to 5 MB). Larger ones are refused with 413 before they are read to the
 *     end. Keep {@code spring.servlet.multipart.max-file-size} at least this large.
 */
@ConfigurationProperties("azukari.documents")
public record DocumentProperties(@DefaultValue("10MB") DataSize maxSize) {}
