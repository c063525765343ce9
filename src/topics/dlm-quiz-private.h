/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib/gi18n.h>

#include "dlm-quiz.h"

G_BEGIN_DECLS

/* One builder per topic, each in its own file dlm-<topic>-quiz.c: appends
 * the topic's questions to @questions. The numbers of an attempt are drawn
 * from @rand (seeded with the attempt's seed), so each attempt asks about
 * other numbers and the same seed asks the same again; the reasons are
 * computed for the numbers drawn. dlm_quiz_new_for_topic() shuffles the
 * choices afterwards: builders add them in any order. */
typedef void (*DlmQuizBuildFunc) (GPtrArray *questions,
                                  GRand     *rand);

/* Keeps @n_kept of @questions (all when there are no more), chosen with
 * @rand, in their order; frees the others. */
void dlm_quiz_keep_some         (GPtrArray *questions,
                                 guint      n_kept,
                                 GRand     *rand);

void dlm_argmax_quiz_build      (GPtrArray *questions,
                                 GRand     *rand);
void dlm_complex_quiz_build     (GPtrArray *questions,
                                 GRand     *rand);
void dlm_datatypes_quiz_build   (GPtrArray *questions,
                                 GRand     *rand);
void dlm_dot_quiz_build         (GPtrArray *questions,
                                 GRand     *rand);
void dlm_encoding_quiz_build    (GPtrArray *questions,
                                 GRand     *rand);
void dlm_entropy_quiz_build     (GPtrArray *questions,
                                 GRand     *rand);
void dlm_explog_quiz_build      (GPtrArray *questions,
                                 GRand     *rand);
void dlm_matmul_quiz_build      (GPtrArray *questions,
                                 GRand     *rand);
void dlm_meanvar_quiz_build     (GPtrArray *questions,
                                 GRand     *rand);
void dlm_sampling_quiz_build    (GPtrArray *questions,
                                 GRand     *rand);
void dlm_seeding_quiz_build     (GPtrArray *questions,
                                 GRand     *rand);
void dlm_softmax_quiz_build     (GPtrArray *questions,
                                 GRand     *rand);
void dlm_transpose_quiz_build   (GPtrArray *questions,
                                 GRand     *rand);

G_END_DECLS
