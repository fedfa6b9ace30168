package jp.azukari.inquiry.template;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Suggests templates for an inquiry, best first. Japanese has no spaces between words, so instead
 * of splitting words the texts are compared by containment and character pairs:
 *
 * <ol>
 *   <li>Both sides are normalised (NFKC, so full-width and half-width letters, digits and katakana
 *       are the same; lower case; white space removed).
 *   <li>Each keyword of a template found in the subject scores 3 × its weight, found only in the
 *       body 1 × its weight: the subject says what the inquiry is about, the body also mentions
 *       side matters. A keyword's weight is {@code min(length, 4) / 2}: a longer keyword is more
 *       specific (「段ボール」 says more than 「箱」).
 *   <li>The template's name adds the share of its character pairs (bigrams) found in the inquiry,
 *       at most 1: it breaks ties and helps templates with few keywords.
 * </ol>
 *
 * Templates scoring 0 are not suggested. Equal scores keep the name order.
 */
final class Suggester {

  static final int SUBJECT_WEIGHT = 3;
  static final int BODY_WEIGHT = 1;

  /** A template to score. */
  record Candidate(String id, String name, List<String> keywords) {}

  /** A suggestion with its score (rounded to two decimals). */
  record Suggestion(String templateId, String name, double score) {}

  private Suggester() {}

  static List<Suggestion> suggest(
      List<Candidate> candidates, String subject, String body, int limit) {
    String s = normal(subject);
    String b = normal(body);
    List<Suggestion> suggestions = new ArrayList<>();
    for (Candidate candidate : candidates) {
      double score = score(candidate, s, b);
      if (score > 0) {
        suggestions.add(
            new Suggestion(candidate.id(), candidate.name(), Math.round(score * 100) / 100.0));
      }
    }
    suggestions.sort(
        Comparator.comparingDouble(Suggestion::score)
            .reversed()
            .thenComparing(Suggestion::name, Comparator.nullsLast(Comparator.naturalOrder())));
    return suggestions.size() > limit ? suggestions.subList(0, limit) : suggestions;
  }

  static double score(Candidate candidate, String subject, String body) {
    double score = 0;
    for (String raw : candidate.keywords()) {
      String keyword = normal(raw);
      if (keyword.isEmpty()) {
        continue;
      }
      double weight = Math.min(keyword.length(), 4) / 2.0;
      if (subject.contains(keyword)) {
        score += SUBJECT_WEIGHT * weight;
      } else if (body.contains(keyword)) {
        score += BODY_WEIGHT * weight;
      }
    }
    if (score == 0) {
      return 0;
    }
    return score + nameOverlap(normal(candidate.name()), subject + "\n" + body);
  }

  private static double nameOverlap(String name, String text) {
    Set<String> pairs = bigrams(name);
    if (pairs.isEmpty()) {
      return 0;
    }
    long found = pairs.stream().filter(text::contains).count();
    return (double) found / pairs.size();
  }

  private static Set<String> bigrams(String text) {
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i + 2 <= text.length(); i++) {
      pairs.add(text.substring(i, i + 2));
    }
    return pairs;
  }

  static String normal(String text) {
    if (text == null) {
      return "";
    }
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", "");
  }
}
