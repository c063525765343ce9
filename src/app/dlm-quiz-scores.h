/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The best result of each topic's quiz, kept in the "quiz-scores" key
 * (topic id → (best number right, number of questions)). */
gboolean dlm_quiz_scores_lookup (GSettings  *settings,
                                 const char *topic_id,
                                 guint      *best,
                                 guint      *n_questions);
gboolean dlm_quiz_scores_record (GSettings  *settings,
                                 const char *topic_id,
                                 guint       n_right,
                                 guint       n_questions);

G_END_DECLS
