package jp.azukari.member.verification;

/**
 * Bytes stored in GridFS, with what was learnt while storing them.
 *
 * @param contentId the GridFS file id
 * @param type the type the first bytes proved
 * @param size the number of bytes
 * @param sha256 SHA-256 of the bytes, hex
 */
record StoredContent(String contentId, DocumentType type, long size, String sha256) {}
