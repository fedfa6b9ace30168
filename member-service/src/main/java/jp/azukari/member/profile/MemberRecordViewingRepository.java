package jp.azukari.member.profile;

import org.springframework.data.mongodb.repository.MongoRepository;

interface MemberRecordViewingRepository extends MongoRepository<MemberRecordViewing, String> {}
