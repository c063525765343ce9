/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The matplotlib function grid(ax, M, name) the matrix topics' plot code
 * shares: M as coloured cells with its numbers, titled with its name and
 * shape, the axes labelled column j and row i. */
void  dlm_code_grid_function  (GString  *out);
/* Subplots side by side, one grid each: @matrices and @names are Python
 * expressions of the same length ("A, At" and "\"A\", \"Aᵀ\""), @title
 * the figure's. */
void  dlm_code_grids          (GString    *out,
                               const char *matrices,
                               const char *names,
                               const char *title);

G_END_DECLS
