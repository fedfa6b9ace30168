package jp.azukari.item.photo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Item photo uploads.
 *
 * @param maxSize the largest photo accepted ({@code azukari.photos.max-size}, 10MB by default:
 *     phone photos are 2 to 5 MB). Larger ones are refused with 413 before they are read to the
 *     end. Keep {@code spring.servlet.multipart.max-file-size} at least this large.
 * @param maxPerItem how many photos one item may have ({@code azukari.photos.max-per-item}, 10)
 */
@ConfigurationProperties("azukari.photos")
public record PhotoProperties(
    @DefaultValue("10MB") DataSize maxSize, @DefaultValue("10") int maxPerItem) {}
