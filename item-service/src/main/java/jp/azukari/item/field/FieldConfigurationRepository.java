package jp.azukari.item.field;

import org.springframework.data.mongodb.repository.MongoRepository;

interface FieldConfigurationRepository extends MongoRepository<FieldConfiguration, String> {}
