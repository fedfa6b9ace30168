package jp.azukari.member.merge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A confirmed merge: the duplicate to merge into the member of the path, and the duplicate's
 * version the preview showed (the survivor's goes in {@code If-Match}).
 */
record MergeRequest(@NotBlank String duplicateId, @NotNull Long expectedDuplicateVersion) {}
