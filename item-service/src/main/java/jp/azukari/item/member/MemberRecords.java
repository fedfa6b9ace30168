package jp.azukari.item.member;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The item-service's read model of members. */
public interface MemberRecords extends MongoRepository<MemberRecord, String> {}
