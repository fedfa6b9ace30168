package jp.azukari.workflow.statuses;

import org.springframework.data.mongodb.repository.MongoRepository;

interface StatusConfigurationRepository extends MongoRepository<StatusConfiguration, String> {}
