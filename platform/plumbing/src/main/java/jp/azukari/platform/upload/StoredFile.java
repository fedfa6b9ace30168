package jp.azukari.platform.upload;

/**
 * Bytes stored in GridFS, with what was learnt while storing them.
 *
 * @param fileId the GridFS file id
 * @param type the type the first bytes proved
 * @param size the number of bytes
 * @param sha256 SHA-256 of the bytes, hex
 */
public record StoredFile(String fileId, FileType type, long size, String sha256) {}
