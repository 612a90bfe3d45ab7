package org.fundtrack.shared.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns what a person typed into the terms of an InnoDB FULLTEXT search in boolean mode: every word
 * required and matched from its start ({@code "+shelter* +sudbury*"}). A word is a run of letters
 * and digits, so apostrophes and hyphens separate words as they do in the indexed text (the index's
 * column writes apostrophes as spaces). Words the index does not hold (under three characters, or
 * on InnoDB's default stopword list) are left out: they can only narrow, and the caller's LIKE
 * filter on the same text still applies them. No term at all means the index cannot help.
 */
public final class FulltextTerms {

  /** InnoDB's default minimum token size (innodb_ft_min_token_size). */
  static final int MIN_LENGTH = 3;

  /** INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD. */
  static final Set<String> STOPWORDS =
      Set.of(
          "a", "about", "an", "are", "as", "at", "be", "by", "com", "de", "en", "for", "from",
          "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this", "to", "was",
          "what", "when", "where", "who", "will", "with", "und", "www");

  private FulltextTerms() {}

  /** {@code "d'analyse, Sudbury"} gives {@code "+analyse* +sudbury*"}; empty when no word fits. */
  public static String of(String text) {
    List<String> terms = new ArrayList<>();
    for (String word : words(text == null ? "" : text.toLowerCase(Locale.ROOT))) {
      if (word.length() >= MIN_LENGTH && !STOPWORDS.contains(word)) {
        terms.add("+" + word + "*");
      }
    }
    return String.join(" ", terms);
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
              } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
              }
            });
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    return words;
  }
}
