package jp.azukari.member.registration;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface RegistrationRepository extends MongoRepository<Registration, String> {

  Optional<Registration> findByEmail(String email);

  Optional<Registration> findByTokenHash(String tokenHash);

  List<Registration> findByMemberId(String memberId);
}
