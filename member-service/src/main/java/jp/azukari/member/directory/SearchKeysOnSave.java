package jp.azukari.member.directory;

import jp.azukari.member.profile.Member;
import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveCallback;
import org.springframework.stereotype.Component;

/**
 * Stores a member's {@link SearchKeys} in the member's document every time it is written, in the
 * same write, so search always finds the member by what the record holds now. The keys live only in
 * the stored document: {@code Member} itself knows nothing of search.
 */
@Component
class SearchKeysOnSave implements BeforeSaveCallback<Member> {

  @Override
  public Member onBeforeSave(Member member, Document document, String collection) {
    document.put(SearchKeys.FIELD, SearchKeys.of(member));
    return member;
  }
}
