/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic.h"

G_BEGIN_DECLS

/* Pango markup as Markdown for a notebook: subscripts and superscripts as
 * Unicode (xᵢ, e²) where every character has one, else as the HTML
 * <sub>/<sup> Jupyter renders; <i> and <b> as Markdown emphasis, <tt> as code
 * (a fenced block when it has several lines), other tags dropped; entities decoded; Markdown's own characters escaped. NULL
 * with @error on markup GMarkup cannot parse. */
char  *dlm_notebook_markdown (const char  *markup,
                              GError     **error);

/* The topic as a Jupyter notebook (nbformat 4.5): a Markdown cell with
 * its title, formula and explanation, the code cell (its write_code
 * script), and the matplotlib cell of write_plot_code when it has one.
 * NULL for a topic without code. */
char  *dlm_notebook_new      (DlmTopic    *topic);

G_END_DECLS
