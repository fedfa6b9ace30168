/**
 * The satisfaction survey: one question mailed once per inquiry when it is done (unless staff
 * suppressed it), answered on a public page by a random link, aggregated per period, person and
 * label.
 */
package jp.azukari.inquiry.survey;
