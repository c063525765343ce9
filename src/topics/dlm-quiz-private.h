/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib/gi18n.h>

#include "dlm-quiz.h"

G_BEGIN_DECLS

/* One builder per topic, each in its own file dlm-<topic>-quiz.c: appends
 * the topic's 4–6 questions to @questions. */
typedef void (*DlmQuizBuildFunc) (GPtrArray *questions);

void dlm_argmax_quiz_build    (GPtrArray *questions);
void dlm_complex_quiz_build   (GPtrArray *questions);
void dlm_datatypes_quiz_build (GPtrArray *questions);
void dlm_dot_quiz_build       (GPtrArray *questions);
void dlm_encoding_quiz_build  (GPtrArray *questions);
void dlm_entropy_quiz_build   (GPtrArray *questions);
void dlm_explog_quiz_build    (GPtrArray *questions);
void dlm_matmul_quiz_build    (GPtrArray *questions);
void dlm_meanvar_quiz_build   (GPtrArray *questions);
void dlm_sampling_quiz_build  (GPtrArray *questions);
void dlm_seeding_quiz_build   (GPtrArray *questions);
void dlm_softmax_quiz_build   (GPtrArray *questions);
void dlm_transpose_quiz_build (GPtrArray *questions);

G_END_DECLS
