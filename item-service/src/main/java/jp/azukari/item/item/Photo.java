package jp.azukari.item.item;

import java.time.Instant;

/**
 * A photo of an item, stored in GridFS under {@code fileId}; {@code contentType} was found from the
 * content, never taken from the upload's name.
 */
public record Photo(
    String id, String fileId, String contentType, long size, String uploadedBy, Instant at) {}
