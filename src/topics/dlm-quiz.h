/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A multiple-choice self-check question: a prompt, two or more choices
 * (exactly one of them right), and for every choice a one-line reason
 * shown once it is picked. All text is already translated; numbers in it
 * come from src/core, so a quiz cannot disagree with the panels. */
typedef struct _DlmQuizQuestion DlmQuizQuestion;

DlmQuizQuestion *dlm_quiz_question_new          (const char      *prompt);
void             dlm_quiz_question_free         (DlmQuizQuestion *self);
/* Adds a choice; the text and reason are copied. */
void             dlm_quiz_question_add_choice   (DlmQuizQuestion *self,
                                                 gboolean         correct,
                                                 const char      *text,
                                                 const char      *reason);
/* The same, taking ownership of strings made with g_strdup_printf(). */
void             dlm_quiz_question_take_choice  (DlmQuizQuestion *self,
                                                 gboolean         correct,
                                                 char            *text,
                                                 char            *reason);
const char      *dlm_quiz_question_get_prompt   (const DlmQuizQuestion *self);
guint            dlm_quiz_question_get_n_choices (const DlmQuizQuestion *self);
const char      *dlm_quiz_question_get_choice   (const DlmQuizQuestion *self,
                                                 guint            index);
const char      *dlm_quiz_question_get_reason   (const DlmQuizQuestion *self,
                                                 guint            index);
/* The index of the right choice (G_MAXUINT while none is marked right). */
guint            dlm_quiz_question_get_correct  (const DlmQuizQuestion *self);
gboolean         dlm_quiz_question_is_correct   (const DlmQuizQuestion *self,
                                                 guint            index);

/* An attempt asks at most this many questions: a topic whose builder has
 * more (one set per view) asks a different selection each time. */
#define DLM_QUIZ_MAX_QUESTIONS 6

/* The questions (DlmQuizQuestion) of one attempt at a topic's self-check,
 * in order, or NULL when the topic has none. Built afresh in the current
 * language. @seed decides the attempt: the numbers asked about, which
 * questions are asked when the topic has more than
 * DLM_QUIZ_MAX_QUESTIONS (in the builder's order), and the order of the
 * choices. The same seed gives the same attempt. */
GPtrArray       *dlm_quiz_new_for_topic         (const char      *topic_id,
                                                 guint32          seed);
/* Shuffles the choices of @self (with their reasons) using @rand. */
void             dlm_quiz_question_shuffle      (DlmQuizQuestion *self,
                                                 GRand           *rand);
gboolean         dlm_quiz_has_topic             (const char      *topic_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmQuizQuestion, dlm_quiz_question_free)

G_END_DECLS
