/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "dlm-cli.h"

G_BEGIN_DECLS

/* --deck and --handout: a whole lesson written out as PDF, with their
 * options --topics and --paper (--seed, --theme and --size are shared). */
#define DLM_CLI_LESSON_OPTION_ENTRIES(o) \
  { "deck", 0, 0, G_OPTION_ARG_FILENAME, &(o)->deck, N_("Write a lesson as slides to FILE.pdf: a title page, then each topic’s views, with their formulas; --topics, --theme, --size (default 1920x1080, 16:9) and --seed shape it"), N_("FILE.pdf") }, \
  { "handout", 0, 0, G_OPTION_ARG_FILENAME, &(o)->handout, N_("Write a lesson as a printed handout to FILE.pdf: each topic’s figures, formulas and quiz, the answers last; --topics, --paper and --seed shape it"), N_("FILE.pdf") }, \
  { "topics", 0, 0, G_OPTION_ARG_FILENAME, &(o)->topics, N_("The lesson’s topics in order, IDs separated by commas (default: all, in the sidebar’s order)"), N_("A,B,…") }, \
  { "paper", 0, 0, G_OPTION_ARG_FILENAME, &(o)->paper, N_("The handout’s paper: a4 (default) or letter"), N_("PAPER") }

gboolean  dlm_cli_is_lesson             (const DlmCliOptions *options);
int       dlm_cli_run_lesson            (const DlmCliOptions *options);
void      dlm_cli_lesson_options_clear  (DlmCliOptions       *options);
/* The IDs of a --topics value, or NULL with an error that names the
 * option, what was given and the IDs accepted. */
GStrv     dlm_cli_parse_topics          (const char          *text,
                                         GError             **error);

G_END_DECLS
