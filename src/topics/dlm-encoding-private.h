/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gsl/gsl_matrix.h>

#include "dlm-encoding.h"
#include "dlm-encoding-topic.h"

G_BEGIN_DECLS

/* Where the last frame put the observations and the matrix rows. */
typedef struct {
  gboolean valid;
  double   label_x0, label_x1;  /* the observation boxes */
  double   cells_x0, top;       /* the first cell's corner */
  double   cell_w, row_h;
  guint    rows, cols;          /* drawn */
  guint    name_rows;           /* column names staggered over this many rows */
  gboolean names;               /* column names shown */
} EncodingLayout;

struct _DlmEncodingTopic
{
  DlmTopic           parent_instance;

  char              *values_text;
  char              *categories_text;
  DlmEncodingScheme  scheme;

  GStrv              values;          /* as typed */
  GStrv              typed_categories; /* as typed; empty for A–Z */
  GStrv              categories;      /* in use: typed, or A–Z */
  guint             *indices;         /* category of each value */
  gsl_matrix        *matrix;          /* NULL while the state is invalid */

  EncodingLayout     layout;
};

/* Shared by the topic's matrix and the cards (dlm-encoding-cards.c). */
guint           dlm_encoding_n_categories     (DlmEncodingTopic *self);
const DlmColor *dlm_encoding_category_color   (const DlmTheme   *theme,
                                               guint             k);
void            dlm_encoding_rounded_rect     (cairo_t          *cr,
                                               DlmRect           r,
                                               double            radius);
void            dlm_encoding_draw_chip        (cairo_t          *cr,
                                               const DlmTheme   *theme,
                                               DlmRect           r,
                                               const DlmColor   *color,
                                               DlmTextRole       role,
                                               const char       *text);
void            dlm_encoding_draw_connector   (cairo_t          *cr,
                                               const DlmTheme   *theme,
                                               double            x0,
                                               double            x1,
                                               double            y,
                                               const DlmColor   *color);
void            dlm_encoding_draw_scheme_card (DlmEncodingTopic *self,
                                               cairo_t          *cr,
                                               const DlmTheme   *theme,
                                               DlmRect           r);
void            dlm_encoding_draw_kinds_card  (DlmEncodingTopic *self,
                                               cairo_t          *cr,
                                               const DlmTheme   *theme,
                                               DlmRect           r);

/* The code card (dlm-encoding-code.c). */
void            dlm_encoding_write_code       (DlmTopic         *topic,
                                               GString          *out);
void            dlm_encoding_write_plot_code  (DlmTopic         *topic,
                                               GString          *out);

G_END_DECLS
