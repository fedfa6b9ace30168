/**
 * 名寄せ: merging two member records that turned out to be the same person. Staff preview the merge
 * ({@link jp.azukari.member.merge.MergePreview}) and confirm it; the survivor keeps its values and
 * takes the duplicate's where it has none, the duplicate's identity documents and change requests
 * move to the survivor, and the duplicate stays as a WITHDRAWN record pointing to the survivor.
 */
package jp.azukari.member.merge;
