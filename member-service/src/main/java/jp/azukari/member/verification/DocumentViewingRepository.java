package jp.azukari.member.verification;

import org.springframework.data.mongodb.repository.MongoRepository;

interface DocumentViewingRepository extends MongoRepository<DocumentViewing, String> {}
