package jp.azukari.audit.record;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where a stream's chain now starts after expiry removed its oldest records: the sequence and hash
 * of the last record removed. The oldest remaining record must follow it.
 */
@Document("audit_chain_anchors")
public record ChainAnchor(@Id String stream, long sequence, String hash) {}
