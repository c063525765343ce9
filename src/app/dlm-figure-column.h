/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DLM_TYPE_FIGURE_COLUMN (dlm_figure_column_get_type ())

G_DECLARE_FINAL_TYPE (DlmFigureColumn, dlm_figure_column, DLM, FIGURE_COLUMN, GtkWidget)

GtkWidget *dlm_figure_column_new (void);

G_END_DECLS
