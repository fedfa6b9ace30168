package jp.azukari.item.request;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The item-service's read model of workflow requests. */
public interface RequestRecords extends MongoRepository<RequestRecord, String> {}
