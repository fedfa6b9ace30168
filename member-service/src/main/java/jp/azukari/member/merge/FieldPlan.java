package jp.azukari.member.merge;

/**
 * One field of a merge preview: both records' values and the value the merged record will have.
 *
 * @param field the API name, e.g. {@code familyNameKana}, {@code address.city}, {@code
 *     payoutAccount}
 * @param survivor the survivor's value as shown (account number masked), {@code null} if empty
 * @param duplicate the duplicate's value as shown, {@code null} if empty
 * @param result what the survivor will hold after the merge
 * @param taken whether the result comes from the duplicate
 * @param conflict whether both have a value and they differ: the survivor's is kept, the
 *     duplicate's is lost from the merged record (it stays on the duplicate's record)
 * @param withheld whether the duplicate's value is not taken although the survivor has none,
 *     because the survivor is verified and the duplicate is not: verified data changes only through
 *     a change request
 */
public record FieldPlan(
    String field,
    String survivor,
    String duplicate,
    String result,
    boolean taken,
    boolean conflict,
    boolean withheld) {}
