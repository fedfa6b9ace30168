package jp.azukari.member.merge;

import java.util.List;
import jp.azukari.member.profile.MemberView;

/**
 * The two records side by side and what a merge of the duplicate into the survivor would do. The
 * records' {@code version}s are what the merge sends back ({@code If-Match} for the survivor,
 * {@code expectedDuplicateVersion} for the duplicate).
 *
 * @param fields every field with both values and the merged one
 * @param documents how many identity documents move to the survivor
 * @param changeRequests how many (decided) change requests move to the survivor
 * @param blockers why the merge cannot go ahead; empty when it can
 * @param resuming whether an earlier merge of this pair stopped half-way and this one completes it
 */
public record MergePreview(
    MemberView survivor,
    MemberView duplicate,
    List<FieldPlan> fields,
    int documents,
    int changeRequests,
    List<Blocker> blockers,
    boolean resuming) {}
