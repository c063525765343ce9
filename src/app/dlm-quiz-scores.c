/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include "dlm-quiz-scores.h"

#define SCORES_KEY "quiz-scores"

/* Returns TRUE and fills @best and @n_questions (either may be NULL) when
 * the topic's quiz has been finished at least once. */
gboolean
dlm_quiz_scores_lookup (GSettings  *settings,
                        const char *topic_id,
                        guint      *best,
                        guint      *n_questions)
{
  g_autoptr(GVariant) scores = NULL;
  guint stored_best, stored_n;

  g_return_val_if_fail (G_IS_SETTINGS (settings), FALSE);
  g_return_val_if_fail (topic_id != NULL, FALSE);

  scores = g_settings_get_value (settings, SCORES_KEY);
  /* A score no quiz can give (edited by hand) counts as none. */
  if (!g_variant_lookup (scores, topic_id, "(uu)", &stored_best, &stored_n) ||
      stored_n == 0 || stored_best > stored_n)
    return FALSE;

  if (best != NULL)
    *best = stored_best;
  if (n_questions != NULL)
    *n_questions = stored_n;

  return TRUE;
}

/* A score replaces the stored one only when it is better, or when the
 * stored one is of a quiz with a different number of questions (the quiz
 * has changed since, so the old best no longer compares). Returns TRUE
 * when @n_right is now the best. */
gboolean
dlm_quiz_scores_record (GSettings  *settings,
                        const char *topic_id,
                        guint       n_right,
                        guint       n_questions)
{
  g_autoptr(GVariant) scores = NULL;
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{s(uu)}"));
  GVariantIter iter;
  const char *id;
  guint best, n;

  g_return_val_if_fail (G_IS_SETTINGS (settings), FALSE);
  g_return_val_if_fail (topic_id != NULL, FALSE);
  g_return_val_if_fail (n_right <= n_questions, FALSE);

  if (dlm_quiz_scores_lookup (settings, topic_id, &best, &n) &&
      n == n_questions && best >= n_right)
    return best == n_right;

  scores = g_settings_get_value (settings, SCORES_KEY);
  g_variant_iter_init (&iter, scores);
  while (g_variant_iter_next (&iter, "{&s(uu)}", &id, &best, &n))
    if (g_strcmp0 (id, topic_id) != 0)
      g_variant_builder_add (&builder, "{s(uu)}", id, best, n);
  g_variant_builder_add (&builder, "{s(uu)}", topic_id, n_right, n_questions);

  g_settings_set_value (settings, SCORES_KEY, g_variant_builder_end (&builder));
  return TRUE;
}
