package jp.azukari.member.privacy;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PrivacyExportRepository extends MongoRepository<PrivacyExport, String> {}
