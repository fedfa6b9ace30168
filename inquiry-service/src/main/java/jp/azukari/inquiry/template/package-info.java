/**
 * Reply templates (返信テンプレート) shared by the whole team: categories, placeholders filled from live
 * data, and suggestions for an inquiry from keywords in its subject and body.
 */
package jp.azukari.inquiry.template;
